-- parlance-cli batch: 2 model(s), one row per (input row, model).
WITH input AS (
  SELECT
    row_number() OVER (ORDER BY monotonically_increasing_id()) - 1 AS input_index,
    to_json(struct(*)) AS input_row,
    concat('It\'s "', coalesce(CAST(`select` AS STRING), ''), '" \\n ', coalesce(CAST(`we``ird` AS STRING), ''), '\nGrüße 😀 ', coalesce(CAST(`select` AS STRING), ''), '\'); DROP TABLE x; --') AS prompt
  FROM `my.cat`.`sch``ema`.`ta````ble`
)
SELECT input_index, 0 AS model_index, 'demo-echo' AS model, input_row, prompt,
  ai_query('demo-echo', prompt, modelParameters => named_struct('max_tokens', 64, 'temperature', 1.0, 'top_p', 0.25, 'stop', array('END', 'it\'s')), failOnError => false) AS response
FROM input
UNION ALL
SELECT input_index, 1 AS model_index, 'it\'s `a` \\model' AS model, input_row, prompt,
  ai_query('it\'s `a` \\model', prompt, modelParameters => named_struct('max_tokens', 64, 'temperature', 1.0, 'top_p', 0.25, 'stop', array('END', 'it\'s')), failOnError => false) AS response
FROM input
ORDER BY input_index, model_index
