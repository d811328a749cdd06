# Needs: pip install requests
# Set OPENAI_API_KEY in the environment first.
import os

import requests

url = "http://127.0.0.1:8080/v1/responses"
headers = {
    "Authorization": "Bearer " + os.environ["OPENAI_API_KEY"],
    "Content-Type": "application/json",
    "Accept": "application/json",
}
payload = {
    "model": "gpt-4o-mini",
    "input": [
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
    "instructions": "You are a concise weather assistant.",
    "max_output_tokens": 200,
    "seed": 7,
    "temperature": 0.2,
    "tool_choice": "auto",
    "tools": [
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
    "top_k": 5,
    "top_p": 0.9,
}

response = requests.post(url, headers=headers, json=payload, timeout=300)
if not response.ok:
    raise SystemExit(f"HTTP {response.status_code}: {response.text}")
for item in response.json().get("output", []):
    if item.get("type") == "message":
        for part in item.get("content", []):
            if part.get("type") == "output_text":
                print(part["text"], end="")
print()
