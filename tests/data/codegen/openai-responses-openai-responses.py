# Needs: pip install openai
# Set OPENAI_API_KEY in the environment first.
import os

from openai import OpenAI

client = OpenAI(
    base_url="http://127.0.0.1:8080/v1",
    api_key=os.environ["OPENAI_API_KEY"],
)

response = client.responses.create(
    model="gpt-4o-mini",
    input=[
        {"role": "user", "content": "What's the weather in Paris?"},
        {
            "type": "function_call",
            "call_id": "call_1",
            "name": "get_weather",
            "arguments": "{\"location\":\"Paris\"}",
        },
        {
            "type": "function_call_output",
            "call_id": "call_1",
            "output": "18 °C and sunny",
        },
        {"role": "assistant", "content": "It is 18 °C and sunny in Paris."},
        {"role": "user", "content": "And tomorrow?"},
    ],
    instructions="You are a concise weather assistant.",
    max_output_tokens=200,
    temperature=0.2,
    tool_choice="auto",
    tools=[
        {
            "type": "function",
            "name": "get_weather",
            "description": "The weather at a place.",
            "parameters": {
                "type": "object",
                "properties": {"location": {"type": "string"}},
                "required": ["location"],
            },
        },
    ],
    top_p=0.9,
    extra_body={"seed": 7, "top_k": 5},
)
print(response.output_text)
