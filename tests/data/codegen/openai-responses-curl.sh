# Needs curl and jq; jq prints the answer text (leave out the last line to see the raw response).
# Set OPENAI_API_KEY in the environment first.
curl -sS 'http://127.0.0.1:8080/v1/responses' \
  -H 'Content-Type: application/json' \
  -H 'Accept: application/json' \
  -H "Authorization: Bearer $OPENAI_API_KEY" \
  --data-raw '{"input":[{"content":"What'\''s the weather in Paris?","role":"user"},{"arguments":"{\"location\":\"Paris\"}","call_id":"call_1","name":"get_weather","type":"function_call"},{"call_id":"call_1","output":"18 °C and sunny","type":"function_call_output"},{"content":"It is 18 °C and sunny in Paris.","role":"assistant"},{"content":"And tomorrow?","role":"user"}],"instructions":"You are a concise weather assistant.","max_output_tokens":200,"model":"gpt-4o-mini","seed":7,"temperature":0.2,"tool_choice":"auto","tools":[{"description":"The weather at a place.","name":"get_weather","parameters":{"properties":{"location":{"type":"string"}},"required":["location"],"type":"object"},"type":"function"}],"top_k":5,"top_p":0.9}' |
  jq -r '([.output[]? | select(.type == "message") | .content[]? | select(.type == "output_text") | .text] | join("") | select(. != "")) // .'
