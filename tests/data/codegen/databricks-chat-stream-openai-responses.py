# Needs: pip install openai
# Set DATABRICKS_TOKEN, X_API_KEY and X_TENANT in the environment first.
# Left out, because the OpenAI client cannot send it:
#   - the stop sequences (the Responses API has no stop parameter)
import os

from openai import OpenAI

client = OpenAI(
    base_url="https://adb-1234567890123456.7.azuredatabricks.net/ai-gateway/mlflow/v1",
    api_key=os.environ["DATABRICKS_TOKEN"],
    default_headers={
        "X-Team": "data-science",
        "X-Api-Key": os.environ["X_API_KEY"],
        "X-Tenant": os.environ["X_TENANT"],
    },
)

stream = client.responses.create(
    model="databricks-claude-sonnet-4-5",
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
    stream=True,
    extra_body={"seed": 7, "top_k": 5},
)
for event in stream:
    if event.type == "response.output_text.delta":
        print(event.delta, end="", flush=True)
print()
