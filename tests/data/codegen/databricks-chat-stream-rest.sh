# Needs curl and jq; jq prints the answer text (leave out the last line to see the raw response).
# Set DATABRICKS_TOKEN, X_API_KEY and X_TENANT in the environment first.
curl -sS 'https://adb-1234567890123456.7.azuredatabricks.net/serving-endpoints/databricks-claude-sonnet-4-5/invocations' \
  -N \
  -H 'Content-Type: application/json' \
  -H 'Accept: text/event-stream' \
  -H "Authorization: Bearer $DATABRICKS_TOKEN" \
  -H 'X-Team: data-science' \
  -H "X-Api-Key: $X_API_KEY" \
  -H "X-Tenant: $X_TENANT" \
  --data-raw '{"max_tokens":200,"messages":[{"content":"You are a concise weather assistant.","role":"system"},{"content":"What'\''s the weather in Paris?","role":"user"},{"content":null,"role":"assistant","tool_calls":[{"function":{"arguments":"{\"location\":\"Paris\"}","name":"get_weather"},"id":"call_1","type":"function"}]},{"content":"18 °C and sunny","role":"tool","tool_call_id":"call_1"},{"content":"It is 18 °C and sunny in Paris.","role":"assistant"},{"content":"And tomorrow?","role":"user"}],"seed":7,"stop":["END"],"stream":true,"temperature":0.2,"tool_choice":"auto","tools":[{"function":{"description":"The weather at a place.","name":"get_weather","parameters":{"properties":{"location":{"type":"string"}},"required":["location"],"type":"object"}},"type":"function"}],"top_k":5,"top_p":0.9}' |
  jq -Rj --unbuffered 'if startswith("data: ") then .[6:] | fromjson? | .choices[0].delta.content // empty | if type == "array" then map(select(.type == "text") | .text) | join("") else . end elif . == "" or startswith("event:") or startswith(":") then empty else . + "\n" end'
