DELETE FROM copy_judgements WHERE pair = :pair
