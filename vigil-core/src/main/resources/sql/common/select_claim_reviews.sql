SELECT claim_key, state FROM claim_reviews
