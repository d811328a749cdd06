# Needs curl and jq; jq prints the answer text (leave out the last line to see the raw response).
# Set OPENAI_API_KEY in the environment first.
curl -sS 'http://127.0.0.1:8080/serving-endpoints/gpt-4o-mini/invocations' \
  -H 'Content-Type: application/json' \
  -H 'Accept: application/json' \
  -H "Authorization: Bearer $OPENAI_API_KEY" \
  --data-raw '{"max_tokens":200,"messages":[{"content":"You are a concise weather assistant.","role":"system"},{"content":"What'\''s the weather in Paris?","role":"user"},{"content":null,"role":"assistant","tool_calls":[{"function":{"arguments":"{\"location\":\"Paris\"}","name":"get_weather"},"id":"call_1","type":"function"}]},{"content":"18 °C and sunny","role":"tool","tool_call_id":"call_1"},{"content":"It is 18 °C and sunny in Paris.","role":"assistant"},{"content":"And tomorrow?","role":"user"}],"seed":7,"temperature":0.2,"tool_choice":"auto","tools":[{"function":{"description":"The weather at a place.","name":"get_weather","parameters":{"properties":{"location":{"type":"string"}},"required":["location"],"type":"object"}},"type":"function"}],"top_k":5,"top_p":0.9}' |
  jq -r '(.choices[0].message.content | if type == "array" then map(select(.type == "text") | .text) | join("") else . end) // .'
