// Needs Node.js 18 or later and: npm install openai
// Set OPENAI_API_KEY in the environment first.
import OpenAI from "openai";

const client = new OpenAI({
  baseURL: "http://127.0.0.1:8080/v1",
  apiKey: process.env.OPENAI_API_KEY,
});

const response = await client.responses.create({
  model: "gpt-4o-mini",
  input: [
    { role: "user", content: "What's the weather in Paris?" },
    {
      type: "function_call",
      call_id: "call_1",
      name: "get_weather",
      arguments: "{\"location\":\"Paris\"}",
    },
    {
      type: "function_call_output",
      call_id: "call_1",
      output: "18 °C and sunny",
    },
    { role: "assistant", content: "It is 18 °C and sunny in Paris." },
    { role: "user", content: "And tomorrow?" },
  ],
  instructions: "You are a concise weather assistant.",
  max_output_tokens: 200,
  seed: 7,
  temperature: 0.2,
  tool_choice: "auto",
  tools: [
    {
      type: "function",
      name: "get_weather",
      description: "The weather at a place.",
      parameters: {
        type: "object",
        properties: { location: { type: "string" } },
        required: ["location"],
      },
    },
  ],
  top_k: 5,
  top_p: 0.9,
});
console.log(response.output_text);
