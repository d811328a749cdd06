# Needs: pip install mlflow
# Set DATABRICKS_TOKEN in the environment first.
# This client is made for Databricks; http://127.0.0.1:8080 is the origin of an OpenAI-compatible server, standing in for a workspace.
import os

from mlflow.deployments import get_deploy_client


def text_of(content):
    # Databricks answers some models with a list of typed parts, not a string.
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if p.get("type") == "text")
    return content or ""


# The client finds the workspace in DATABRICKS_HOST.
os.environ["DATABRICKS_HOST"] = "http://127.0.0.1:8080"
client = get_deploy_client("databricks")
inputs = {
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
response = client.predict(endpoint="gpt-4o-mini", inputs=inputs)
print(text_of(response["choices"][0]["message"].get("content")))
