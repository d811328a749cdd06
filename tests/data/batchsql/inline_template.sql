-- parlance-cli batch: 1 model(s), one row per (input row, model).
WITH input AS (
  SELECT
    `_parlance_input_index` AS input_index,
    `_parlance_input_row` AS input_row,
    concat('Summarise ', coalesce(CAST(`text` AS STRING), ''), ' in ', coalesce(CAST(`from` AS STRING), '')) AS prompt
  FROM VALUES
    (0, '{"from":3.5,"text":"it\'s"}', 'it\'s', '3.5'),
    (1, '{"from":true,"text":null}', '', 'true')
    AS t(`_parlance_input_index`, `_parlance_input_row`, `text`, `from`)
)
SELECT input_index, 0 AS model_index, 'demo-echo' AS model, input_row, prompt,
  ai_query('demo-echo', prompt, modelParameters => named_struct('temperature', 0.2), failOnError => false) AS response
FROM input
ORDER BY input_index, model_index
