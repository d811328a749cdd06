# Needs: pip install databricks-sdk
# Set DATABRICKS_TOKEN in the environment first.
# This client is made for Databricks; http://127.0.0.1:8080 is the origin of an OpenAI-compatible server, standing in for a workspace.
# extra_params carries "seed", "top_k", "top_p" as text, the only kind of value the SDK takes there.
# Left out, because the Databricks SDK cannot send it:
#   - the tool calls and tool results of the conversation (a ChatMessage holds a role and text only)
#   - the tool definitions (serving_endpoints.query() takes no tools)
import os

from databricks.sdk import WorkspaceClient
from databricks.sdk.service.serving import ChatMessage, ChatMessageRole

w = WorkspaceClient(host="http://127.0.0.1:8080", token=os.environ["DATABRICKS_TOKEN"])
response = w.serving_endpoints.query(
    name="gpt-4o-mini",
    messages=[
        ChatMessage(
            role=ChatMessageRole.SYSTEM,
            content="You are a concise weather assistant.",
        ),
        ChatMessage(role=ChatMessageRole.USER, content="What's the weather in Paris?"),
        ChatMessage(
            role=ChatMessageRole.ASSISTANT,
            content="It is 18 °C and sunny in Paris.",
        ),
        ChatMessage(role=ChatMessageRole.USER, content="And tomorrow?"),
    ],
    max_tokens=200,
    temperature=0.2,
    extra_params={"seed": "7", "top_k": "5", "top_p": "0.9"},
)
print(response.choices[0].message.content)
