/** The shape of a JWT subject the API stores (a facilitator, a practitioner, a support worker): 1-200 characters. */
export const SUBJECT = /^[\w.@:|-]{1,200}$/;
