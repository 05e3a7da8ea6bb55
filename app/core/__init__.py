"""Qt-free core of Atelier: domain rules, services, persistence and integrations."""
