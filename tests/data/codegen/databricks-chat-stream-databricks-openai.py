# Needs: pip install databricks-openai
# Set DATABRICKS_TOKEN, X_API_KEY and X_TENANT in the environment first.
import os

from databricks.sdk import WorkspaceClient
from databricks_openai import DatabricksOpenAI

client = DatabricksOpenAI(
    workspace_client=WorkspaceClient(
        host="https://adb-1234567890123456.7.azuredatabricks.net",
        token=os.environ["DATABRICKS_TOKEN"],
    ),
    base_url="https://adb-1234567890123456.7.azuredatabricks.net/ai-gateway/mlflow/v1",
    default_headers={
        "X-Team": "data-science",
        "X-Api-Key": os.environ["X_API_KEY"],
        "X-Tenant": os.environ["X_TENANT"],
    },
)

stream = client.chat.completions.create(
    model="databricks-claude-sonnet-4-5",
    messages=[
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
    max_tokens=200,
    seed=7,
    stop=["END"],
    stream_options={"include_usage": True},
    temperature=0.2,
    tool_choice="auto",
    tools=[
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
    top_p=0.9,
    stream=True,
    extra_body={"top_k": 5},
)
for chunk in stream:
    if chunk.choices and chunk.choices[0].delta.content:
        print(chunk.choices[0].delta.content, end="", flush=True)
print()
