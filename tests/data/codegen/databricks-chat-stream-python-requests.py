# Needs: pip install requests
# Set DATABRICKS_TOKEN, X_API_KEY and X_TENANT in the environment first.
import json
import os

import requests


def text_of(content):
    # Databricks answers some models with a list of typed parts, not a string.
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if p.get("type") == "text")
    return content or ""


url = "https://adb-1234567890123456.7.azuredatabricks.net/ai-gateway/mlflow/v1/chat/completions"
headers = {
    "Authorization": "Bearer " + os.environ["DATABRICKS_TOKEN"],
    "Content-Type": "application/json",
    "Accept": "text/event-stream",
    "X-Team": "data-science",
    "X-Api-Key": os.environ["X_API_KEY"],
    "X-Tenant": os.environ["X_TENANT"],
}
payload = {
    "model": "databricks-claude-sonnet-4-5",
    "messages": [
        {"role": "system", "content": "You are a concise weather assistant."},
        {"role": "user", "content": "What's the weather in Paris?"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {
                        "name": "get_weather",
                        "arguments": "{\"location\":\"Paris\"}",
                    },
                },
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": "18 °C and sunny"},
        {"role": "assistant", "content": "It is 18 °C and sunny in Paris."},
        {"role": "user", "content": "And tomorrow?"},
    ],
    "max_tokens": 200,
    "seed": 7,
    "stop": ["END"],
    "stream": True,
    "stream_options": {"include_usage": True},
    "temperature": 0.2,
    "tool_choice": "auto",
    "tools": [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "description": "The weather at a place.",
                "parameters": {
                    "type": "object",
                    "properties": {"location": {"type": "string"}},
                    "required": ["location"],
                },
            },
        },
    ],
    "top_k": 5,
    "top_p": 0.9,
}

with requests.post(url, headers=headers, json=payload, stream=True, timeout=300) as response:
    if not response.ok:
        raise SystemExit(f"HTTP {response.status_code}: {response.text}")
    # Split as bytes: as text, a U+2028 inside the JSON would end the line.
    for raw in response.iter_lines(chunk_size=None):
        line = raw.decode("utf-8")
        if not line.startswith("data: ") or line == "data: [DONE]":
            continue
        event = json.loads(line[len("data: "):])
        choices = event.get("choices") or [{}]
        delta = choices[0].get("delta") or {}
        print(text_of(delta.get("content")), end="", flush=True)
print()
