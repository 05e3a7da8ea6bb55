"""Platform: company, sites, users, login and the scope every service call carries."""
