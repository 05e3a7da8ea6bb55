"""Rows of revision 0004_rental (rental module) and what must hold at head."""

from sqlalchemy import text

NOW = "'2026-01-01 10:00:00'"


def populate(connection) -> None:
    """A customer, a vehicle, a tariff with one price, a PEC agreement and a contract."""
    connection.execute(text(
        "INSERT INTO customer (id, company_id, kind, is_assistance, name, first_name, street, postcode, city, country,"
        " email, phone, vat_number, licence_number, active, version, updated_at) VALUES (1, 1, 'company', true,"
        f" 'Assist SA', '', '', '', '', 'BE', '', '', 'BE0403170701', '', true, 1, {NOW})"))
    connection.execute(text(
        "INSERT INTO fleet_vehicle (id, site_id, plate, vin, model, category, tank_litres, current_km, status, version,"
        f" updated_at) VALUES (1, 1, '1-ABC-123', '', 'Clio', 'B', 450, 1000, 'available', 1, {NOW})"))
    connection.execute(text(
        "INSERT INTO tariff (id, company_id, code, name, fuel_price_per_litre,"
        " refuelling_fee, cleaning_fee, is_default,"
        f" active, version, updated_at) VALUES (1, 1, 'PEC', 'PEC', 1850, 1500, 2500, false, true, 1, {NOW})"))
    connection.execute(text(
        "INSERT INTO tariff_price (id, tariff_id, category, days, price, extra_day_price, km_per_day, extra_km_price)"
        " VALUES (1, 1, 'B', 1, 3500, 3500, 200, 250)"))
    connection.execute(text(
        "INSERT INTO agreement (id, company_id, label, account_id, is_pec, tariff_id, print_recipient, active, version,"
        f" updated_at) VALUES (1, 1, 'Assist national', 1, true, 1, 'pec', true, 1, {NOW})"))
    connection.execute(text(
        "INSERT INTO rental_dossier (id, site_id, number, kind, cancelled, created_by, created_at, vehicle_id, is_pec,"
        " agreement_id, pec_file_number, pec_category, pec_days, pec_extra_km, pec_fuel_covered, pec_tariff_id,"
        " pec_tariff_category, pec_discount_pct, client_discount_pct, planned_departure, planned_return,"
        " booked_from, booked_until, booked_days, damage_out, damage_in, cleaning_required, notes,"
        " invoiced, version, updated_at)"
        " VALUES (1, 1, 1, 'contract', false, 'old.admin', '2026-01-01 10:00:00.000000', 1, true, 1, 'AX-1', 'B', 5,"
        " 0, false, 1, '', 0, 0, '2026-01-02 08:00:00.000000', '2026-01-07 08:00:00.000000',"
        " '2026-01-02 08:00:00.000000', '2026-01-07 08:00:00.000000', 5, '', '', false, '', false, 1,"
        f" {NOW})"))


def check(connection) -> None:
    """The rows survive every later migration."""
    assert connection.execute(text("SELECT name FROM customer WHERE id = 1")).scalar() == "Assist SA"
    assert connection.execute(text("SELECT plate FROM fleet_vehicle WHERE id = 1")).scalar() == "1-ABC-123"
    assert connection.execute(text("SELECT price FROM tariff_price WHERE id = 1")).scalar() == 3500
    row = connection.execute(text("SELECT number, kind, pec_days, invoiced FROM rental_dossier WHERE id = 1")).one()
    assert (row[0], row[1], row[2], bool(row[3])) == (1, "contract", 5, False)
