"""Population counts (site and date) and progress reports (work and date) have a key: a DTM round or a report file
imported twice updates what it holds instead of doubling it, and an `--on-duplicate update` dry run lists each value
it would change (issue 13)."""

from __future__ import annotations

from tests.cli.test_cli import db, run  # noqa: F401 - the fixture

ROUND = ("Site,Count date,Households,Individuals\n"
         "Kalonda,2023-01-31,1200,5400\n"
         "Kalonda,2023-02-28,1180,5310\n")
ROUND_AGAIN = ("Site,Count date,Households,Individuals\n"
               "Kalonda,2023-01-31,1200,5400\n"
               "Kalonda,2023-02-28,1175,5290\n")


def _counts(url, capsys):
    code, out, _ = run(capsys, "list", "population_count", "--db", url)
    assert code == 0
    return out


def test_a_round_imported_twice_is_not_doubled_and_the_dry_run_lists_its_changes(db, tmp_path, capsys):  # noqa: F811
    assert run(capsys, "add", "site", "name=Kalonda", "site_type=spontaneous site", "location=CD74",
               "opened_on=2021-02-01", "--db", db)[0] == 0
    first = tmp_path / "round-1.csv"
    first.write_text(ROUND, encoding="utf-8")
    code, out, err = run(capsys, "import", "population", str(first), "--db", db)
    assert code == 0, out + err
    assert "2 created" in out

    again = tmp_path / "round-1-corrected.csv"
    again.write_text(ROUND_AGAIN, encoding="utf-8")
    code, out, err = run(capsys, "import", "population", str(again), "--db", db)  # skip: the default
    assert code == 0, out + err
    assert "0 to create, 0 to update, 2 duplicates skipped" in out

    code, out, err = run(capsys, "import", "population", str(again), "--db", db, "--on-duplicate", "update",
                         "--dry-run")
    assert code == 0, out + err
    assert "0 to create, 2 to update" in out
    listed = out[out.index("Values the updates would change:"):].splitlines()[1:3]
    assert [line.strip() for line in listed] == [
        "row 3: population count #2: households 1180 -> 1175",
        "row 3: population count #2: individuals 5310 -> 5290",
    ], out
    assert "row 2:" not in out[out.index("Values the updates"):]  # the first row changes nothing
    assert "Dry run: nothing was written." in out

    code, out, err = run(capsys, "import", "population", str(again), "--db", db, "--on-duplicate", "update")
    assert code == 0, out + err
    assert "0 created, 2 updated" in out
    assert _counts(db, capsys).splitlines()[1:] == ["1,1,2023-01-31,1200,5400,1,,,,,,",
                                                    "2,1,2023-02-28,1175,5290,2,,,,,,"]
