-- parlance-cli batch: 1 model(s), one row per (input row, model).
WITH input AS (
  SELECT
    row_number() OVER (ORDER BY monotonically_increasing_id()) - 1 AS input_index,
    to_json(struct(*)) AS input_row,
    CAST(`order` AS STRING) AS prompt
  FROM `main`.`demo`.`prompts`
)
SELECT input_index, 0 AS model_index, 'demo-echo' AS model, input_row, prompt,
  ai_query('demo-echo', prompt, failOnError => false) AS response
FROM input
ORDER BY input_index, model_index
