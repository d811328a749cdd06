# Needs: pip install databricks-langchain
# Set DATABRICKS_TOKEN in the environment first.
# This client is made for Databricks; http://127.0.0.1:8080 is the origin of an OpenAI-compatible server, standing in for a workspace.
# Left out, because ChatDatabricks cannot send it:
#   - the base URL http://127.0.0.1:8080/v1 (ChatDatabricks goes to the workspace's serving endpoints)
import os

from databricks.sdk import WorkspaceClient
from databricks_langchain import ChatDatabricks
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage

llm = ChatDatabricks(
    endpoint="gpt-4o-mini",
    workspace_client=WorkspaceClient(
        host="http://127.0.0.1:8080",
        token=os.environ["DATABRICKS_TOKEN"],
    ),
    max_tokens=200,
    temperature=0.2,
    extra_params={"seed": 7, "top_p": 0.9, "extra_body": {"top_k": 5}},
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
print(llm.invoke(messages).content)
