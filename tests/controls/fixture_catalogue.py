"""A small catalogue with every field type and every rule id, in the real catalogue's schema."""

from __future__ import annotations

VT = ["N", "V", "G", "A"]


def field(key, kind, label, **extra):
    data = {"key": key, "label_fr": label, "label_nl": f"{label} (nl)", "label_en": f"{label} (en)", "type": kind,
            "length": extra.pop("length", 1), "repeat": extra.pop("repeat", None),
            "default": extra.pop("default", ""), "help_fr": f"Aide de {label}.", "help_en": f"Help of {label}.",
            "source_heading": extra.pop("heading", label)}
    data.update(extra)
    return data


def choice(key, label, allowed=("", "1"), **extra):
    return field(key, "choice", label, allowed=list(allowed),
                 meanings={v: {"fr": f"sens {v or 'VIDE'}", "en": f"meaning {v or 'blank'}"} for v in allowed},
                 **extra)


def rule(rule_id, fields, severity="error", per_repeat=False):
    return {"id": rule_id, "fields": fields, "description_fr": f"règle {rule_id}", "description_en": f"rule {rule_id}",
            "severity": severity, "per_repeat": per_repeat}


def page(page_id, number, title, fields, rules=(), **extra):
    return {"id": page_id, "number": number, "title_fr": title, "title_nl": f"{title} (nl)",
            "title_en": f"{title} (en)", "fields": fields, "rules": list(rules), **extra}


CATALOGUE = {
    "source": "fixture",
    "pages": [
        page("VZSHE10", "I", "Contrôles I", [
            choice("business_case_required", "Dossier d'affaire obligatoire"),
            choice("other_items_mode", "Autres frais et produits par poste", ("", "1", "2")),
            choice("other_items_commission", "Commission des autres frais par poste"),
            field("reservation_max_days", "integer", "Nombre maximal de jours de réservation", length=3,
                  min=1, max=999, default="999"),
            field("nova_excluded_from_vat_from", "date", "NoVA hors base TVA à partir du", length=10),
            field("used_purchase_tax_pct", "integer", "Pourcentage d'achat VO", length=2, min=0, max=99,
                  default="0"),
        ], [rule("vzshe10_other_items_commission_needs_positions", ["other_items_commission", "other_items_mode"])]),
        page("VZSHE30", "III", "Contrôles III", [
            choice("credit_notes_current_year_only", "Notes de crédit dans l'exercice en cours"),
            field("fiscal_year_start", "day_month", "Début de l'exercice", length=5),
            field("remark", "text", "Remarque", length=12),
        ], [rule("vzshe30_fiscal_year_start_required", ["credit_notes_current_year_only", "fiscal_year_start"])]),
        page("VZSHE40", "IV", "Contrôles IV", [
            field("nova_fibu_vat_code", "integer", "Code TVA NoVA pour la FIBU", length=2, min=0, max=49),
            choice("nova_single_posting", "NoVA en une écriture"),
            choice("fibu_transfer", "Transfert FIBU"),
            choice("other_items_goods_usage", "Sortie de stock des autres postes"),
            choice("fibu_post_commissions", "FIBU : comptabiliser les commissions"),
            choice("zone_account_type", "Type de compte de zone",
                   [""] + [chr(c) for c in range(ord("A"), ord("Z") + 1)]),
            choice("accessories_cost", "Prix des accessoires", ("2", "4", "5", "8"), default="2"),
        ], [rule("vzshe40_nova_vat_code_needs_nova_date", ["nova_fibu_vat_code", "nova_excluded_from_vat_from"],
                 "warning"),
            rule("vzshe40_nova_single_posting_needs_nova_date", ["nova_single_posting", "nova_excluded_from_vat_from"],
                 "warning"),
            rule("vzshe40_other_items_goods_usage_needs_fibu", ["other_items_goods_usage", "fibu_transfer"],
                 "warning")]),
        page("VZSHE50", "VI", "Contrôles VI", [
            field("employer_share_pct", "decimal", "Part de l'employeur %", length=4, min="0.0", max="99.9",
                  decimals=1, default="0.0"),
            field("agency_commission_amount", "decimal", "Commission agence montant fixe", length=9,
                  repeat=["lower", "upper"], min="0.00", max="999999.99", decimals=2, default="0.00"),
            field("agency_commission_rate", "decimal", "Commission agence taux %", length=6,
                  repeat=["lower", "upper"], min="0.00", max="999.99", decimals=2, default="0.00"),
            field("overhead_monthly_fixed", "decimal", "Frais généraux mensuels montant fixe", length=9, repeat=VT,
                  min="0.00", max="999999.99", decimals=2, default="0.00"),
            field("overhead_monthly_rate_1", "decimal", "Frais généraux mensuels taux 1", length=5, repeat=VT,
                  min="0.00", max="99.99", decimals=2, default="0.00"),
            field("overhead_monthly_rate_2", "decimal", "Frais généraux mensuels taux 2", length=5,
                  repeat=["N", "V"], min="0.00", max="99.99", decimals=2, default="0.00"),
        ], [rule("vzshe50_agency_commission_amount_limits", ["agency_commission_amount"]),
            rule("vzshe50_agency_commission_rate_limits", ["agency_commission_rate"])]),
        page("VZSHE60", "VII", "Contrôles VII", [
            {**field("employer_share_periods", "table", "Part de l'employeur par période", length=None), "rows": 4,
             "columns": [
                 field("valid_from", "date", "Valable à partir du", length=10),
                 field("percentage", "decimal", "Part de l'employeur %", length=4, min="0.0", max="99.9",
                       decimals=1)]},
        ], [rule("vzshe60_dates_descending", ["employer_share_periods"]),
            rule("vzshe60_percentage_with_date", ["employer_share_periods"])]),
        page("VZSHE70", "VIII", "Contrôles VIII", [
            choice("commission_release_auto", "Date de libération automatique", repeat=VT),
            field("commission_release_days_after_billing", "integer", "Jours après facturation", length=3,
                  repeat=VT, min=0, max=999, default="0"),
            choice("commission_release_month_end", "Dernier jour du mois de facturation", repeat=VT),
            field("commission_release_day_next_month", "integer", "Jour du mois suivant", length=2, repeat=VT,
                  min=0, max=28, default="0"),
            field("commission_accumulation_months", "integer", "Mois de cumul des commissions", length=2, min=0,
                  max=24, default="0"),
        ], [rule("vzshe70_release_date_methods_exclusive",
                 ["commission_release_days_after_billing", "commission_release_month_end",
                  "commission_release_day_next_month"], per_repeat=True),
            rule("vzshe70_auto_release_blank_with_fibu_commissions",
                 ["commission_release_auto", "fibu_post_commissions"])]),
    ],
}
