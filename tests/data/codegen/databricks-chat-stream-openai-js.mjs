// Needs Node.js 18 or later and: npm install openai
// Set DATABRICKS_TOKEN, X_API_KEY and X_TENANT in the environment first.
import OpenAI from "openai";

const client = new OpenAI({
  baseURL: "https://adb-1234567890123456.7.azuredatabricks.net/ai-gateway/mlflow/v1",
  apiKey: process.env.DATABRICKS_TOKEN,
  defaultHeaders: {
    "X-Team": "data-science",
    "X-Api-Key": process.env.X_API_KEY,
    "X-Tenant": process.env.X_TENANT,
  },
});

const stream = await client.chat.completions.create({
  model: "databricks-claude-sonnet-4-5",
  messages: [
    { role: "system", content: "You are a concise weather assistant." },
    { role: "user", content: "What's the weather in Paris?" },
    {
      role: "assistant",
      content: null,
      tool_calls: [
        {
          id: "call_1",
          type: "function",
          function: {
            name: "get_weather",
            arguments: "{\"location\":\"Paris\"}",
          },
        },
      ],
    },
    { role: "tool", tool_call_id: "call_1", content: "18 °C and sunny" },
    { role: "assistant", content: "It is 18 °C and sunny in Paris." },
    { role: "user", content: "And tomorrow?" },
  ],
  max_tokens: 200,
  seed: 7,
  stop: ["END"],
  stream: true,
  stream_options: { include_usage: true },
  temperature: 0.2,
  tool_choice: "auto",
  tools: [
    {
      type: "function",
      function: {
        name: "get_weather",
        description: "The weather at a place.",
        parameters: {
          type: "object",
          properties: { location: { type: "string" } },
          required: ["location"],
        },
      },
    },
  ],
  top_k: 5,
  top_p: 0.9,
});
for await (const chunk of stream) {
  process.stdout.write(chunk.choices[0]?.delta?.content ?? "");
}
process.stdout.write("\n");
