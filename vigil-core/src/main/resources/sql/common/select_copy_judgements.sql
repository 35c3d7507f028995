SELECT pair, is_copy FROM copy_judgements
