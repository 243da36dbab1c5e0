"""`python -m extract [PATH ...]`: JSON Lines out, exit codes, stdin, several files, HTML input."""
import json
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]

TEXT_A = ("Năm 2019, tỉnh thực hiện 12 đề án khuyến công với tổng kinh phí 2,1 tỷ đồng theo "
          "Quyết định số 1288/QĐ-TTg ngày 01/8/2014 của Thủ tướng Chính phủ.\n")
TEXT_B = "Vốn FDI đăng ký mới đạt 306 triệu USD.\n"


def run(args, stdin=b"", timeout=120):
    return subprocess.run([sys.executable, "-m", "extract", *args], input=stdin, cwd=ROOT,
                          capture_output=True, timeout=timeout)


def lines(proc):
    out = proc.stdout.decode("utf-8")
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert len(rows) == len([line for line in out.splitlines() if line.strip()])
    return rows


def check_a(rows):
    assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)
    for r in rows:
        for key in ("type", "text", "start", "end"):
            assert key in r, r
        assert TEXT_A[r["start"]:r["end"]] == r["text"], r
    money = [(r["text"], r["value"], r["currency"]) for r in rows if r["type"] == "money"]
    assert money == [("2,1 tỷ đồng", 2_100_000_000, "VND")]
    assert [r["code"] for r in rows if r["type"] == "legal_ref"] == ["1288/QĐ-TTg"]
    assert [(r["value"], r["unit"]) for r in rows if r["type"] == "count"] == [(12, "đề án")]


def test_stdin():
    p = run([], TEXT_A.encode("utf-8"))
    assert p.returncode == 0, p.stderr
    check_a(lines(p))


def test_dash_is_stdin():
    p = run(["-"], TEXT_A.encode("utf-8"))
    assert p.returncode == 0, p.stderr
    check_a(lines(p))


def test_one_file(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT_A, encoding="utf-8")
    p = run([str(f)])
    assert p.returncode == 0, p.stderr
    check_a(lines(p))


def test_two_files_carry_path(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(TEXT_A, encoding="utf-8")
    b.write_text(TEXT_B, encoding="utf-8")
    p = run([str(a), str(b)])
    assert p.returncode == 0, p.stderr
    rows = lines(p)
    assert all("path" in r for r in rows), rows
    paths = [r["path"] for r in rows]
    assert set(paths) == {str(a), str(b)}
    assert paths == sorted(paths, key=[str(a), str(b)].index), "facts of the first file come first"
    check_a([r for r in rows if r["path"] == str(a)])
    money_b = [(r["value"], r["currency"]) for r in rows if r["path"] == str(b) and r["type"] == "money"]
    assert money_b == [(306_000_000, "USD")]


def test_empty_input_exit_0_no_output():
    p = run([], b"")
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == b""


def test_text_without_facts_exit_0(tmp_path):
    f = tmp_path / "none.txt"
    f.write_text("Hội nghị diễn ra trong không khí phấn khởi.\n", encoding="utf-8")
    p = run([str(f)])
    assert p.returncode == 0, p.stderr
    assert [r for r in lines(p) if r["type"] in ("money", "count", "legal_ref")] == []


def one_line_error(p):
    assert p.returncode == 2, (p.returncode, p.stdout, p.stderr)
    err = p.stderr.decode("utf-8", "replace").strip()
    assert err, "no message on stderr"
    assert "\n" not in err, f"error message is not one line: {err!r}"
    assert "Traceback" not in err


def test_non_utf8_file_exit_2(tmp_path):
    f = tmp_path / "cp1258.txt"
    # windows-1258 bytes, as an old portal serves them: not UTF-8
    f.write_bytes(b"Kinh ph\xed h\xf4\xd2 tr\xf5\xf2 11,072 t\xfd \xf0\xf4\xdeng")
    one_line_error(run([str(f)]))


def test_non_utf8_stdin_exit_2():
    one_line_error(run([], b"Kinh ph\xed 5 t\xfd \xf0\xe3ng\xff\xfe"))


def test_missing_file_exit_2(tmp_path):
    one_line_error(run([str(tmp_path / "khong-co.txt")]))


def test_directory_is_unreadable_exit_2(tmp_path):
    one_line_error(run([str(tmp_path)]))


HTML = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Sở Công Thương</title>
<style>.x{content:"9 tỷ đồng"}</style>
<script>var banner = "Kinh phí 7 tỷ đồng";</script></head>
<body><nav><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a></nav>
<article><h1>Kết quả khuyến công năm 2023</h1>
<p>Năm 2023, tỉnh thực hiện 15 đề án với tổng kinh phí 3,25&nbsp;tỷ đồng.</p>
<p>Căn cứ <b>Quyết định số 1288/QĐ-TTg</b> ngày 01/8/2014 của Thủ tướng Chính phủ.</p>
</article></body></html>
"""


def test_html_file_main_text(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(HTML, encoding="utf-8")
    p = run([str(f)])
    assert p.returncode == 0, p.stderr
    rows = lines(p)
    assert [r["value"] for r in rows if r["type"] == "money"] == [3_250_000_000]
    assert [r["code"] for r in rows if r["type"] == "legal_ref"] == ["1288/QĐ-TTg"]
    assert (15, "đề án") in [(r["value"], r["unit"]) for r in rows if r["type"] == "count"]
    assert all("<" not in r["text"] for r in rows)


def test_output_is_utf8_json_lines_with_plain_values(tmp_path):
    p = run([], "Giá gạo xuất khẩu bình quân 650,5 USD/tấn; hỗ trợ 2 tỷ đồng.".encode())
    assert p.returncode == 0, p.stderr
    rows = lines(p)
    money = [r for r in rows if r["type"] == "money"]
    assert [r["currency"] for r in money] == ["USD", "VND"]
    assert money[1]["value"] == 2_000_000_000
    from decimal import Decimal
    assert Decimal(str(money[0]["value"])) == Decimal("650.5")


def test_a_reader_that_stops_early_ends_it_quietly():
    text = ("Hỗ trợ 5 đề án, kinh phí 3 tỷ đồng. " * 2000).encode("utf-8")
    proc = subprocess.run(f"{sys.executable} -m extract | head -1", shell=True, input=text, cwd=ROOT,
                          capture_output=True, timeout=120)
    assert len(proc.stdout.decode("utf-8").splitlines()) == 1
    assert proc.stderr == b""


SCRIPT_PAGE = """<!-- trang lưu từ cổng thông tin -->
<html><head><style>.gia:before { content: "10 tỷ đồng"; }</style>
<script>var tong = "Kinh phí 99 tỷ đồng"; // 7 đề án</script></head>
<body><p>Đã giải ngân 2 tỷ đồng.</p><script>document.write("45 triệu đồng")</script></body></html>
"""


def test_html_recognised_by_content_and_scripts_never_facts(tmp_path):
    for name, page in [("comment.html", SCRIPT_PAGE), ("doctype.txt", "\n\n<!DOCTYPE html>\n" + SCRIPT_PAGE),
                       ("bare.htm", "   " + SCRIPT_PAGE.split("\n", 1)[1])]:
        f = tmp_path / name
        f.write_text(page, encoding="utf-8")
        p = run([str(f)])
        assert p.returncode == 0, p.stderr
        assert [(r["text"], r["value"]) for r in lines(p) if r["type"] == "money"] == [("2 tỷ đồng", 2_000_000_000)]


@pytest.mark.parametrize("text", ["<5 triệu đồng mỗi hộ", "Ghi chú: <b> in đậm", "Giá < 10 tỷ đồng"])
def test_text_with_angle_brackets_is_text(text):
    from extract.html import looks_like_html

    assert not looks_like_html(text)
