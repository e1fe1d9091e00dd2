/** Who the seed writes as, in every created-by and actor column, so its rows are told apart from users'. */
export const SEED_ACTOR = "seed";
