-- parlance-cli batch: 1 model(s), one row per (input row, model).
WITH input AS (
  SELECT
    `_parlance_input_index` AS input_index,
    `_parlance_input_row` AS input_row,
    CAST(`topic` AS STRING) AS prompt
  FROM VALUES
    (0, '{"n":1,"text":"it\'s \\"quoted\\" \\\\ and `ticked`"}', 'quotes'),
    (1, '{"n":2.5,"text":"Grüße 😀\\nzweite Zeile"}', 'unicode'),
    (2, '{"n":null,"text":null}', 'empty'),
    (3, '{"extra":[1,2],"n":true,"text":"plain"}', 'select')
    AS t(`_parlance_input_index`, `_parlance_input_row`, `topic`)
)
SELECT input_index, 0 AS model_index, 'demo-echo' AS model, input_row, prompt,
  ai_query('demo-echo', prompt, failOnError => false) AS response
FROM input
ORDER BY input_index, model_index
