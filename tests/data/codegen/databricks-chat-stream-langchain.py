# Needs: pip install databricks-langchain
# Set DATABRICKS_TOKEN, X_API_KEY and X_TENANT in the environment first.
import os

from databricks.sdk import WorkspaceClient
from databricks_langchain import ChatDatabricks
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage

llm = ChatDatabricks(
    endpoint="databricks-claude-sonnet-4-5",
    workspace_client=WorkspaceClient(
        host="https://adb-1234567890123456.7.azuredatabricks.net",
        token=os.environ["DATABRICKS_TOKEN"],
    ),
    use_ai_gateway=True,
    max_tokens=200,
    stop=["END"],
    temperature=0.2,
    extra_params={
        "seed": 7,
        "top_p": 0.9,
        "extra_body": {"top_k": 5},
        "extra_headers": {
            "X-Team": "data-science",
            "X-Api-Key": os.environ["X_API_KEY"],
            "X-Tenant": os.environ["X_TENANT"],
        },
    },
)
llm = llm.bind_tools(
    [
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
    tool_choice="auto",
)
messages = [
    SystemMessage(content="You are a concise weather assistant."),
    HumanMessage(content="What's the weather in Paris?"),
    AIMessage(
        content="",
        tool_calls=[
            {"name": "get_weather", "args": {"location": "Paris"}, "id": "call_1"},
        ],
    ),
    ToolMessage(content="18 °C and sunny", tool_call_id="call_1"),
    AIMessage(content="It is 18 °C and sunny in Paris."),
    HumanMessage(content="And tomorrow?"),
]
for chunk in llm.stream(messages):
    print(chunk.content, end="", flush=True)
print()
