"""The office registry's tables: the bundle merge, trusted devices and imported bundles, the
person entity with its clerk decisions, and the people registry computed from them."""
