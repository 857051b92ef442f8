"""The command line as a user runs it: in-process through Typer, and once as a subprocess."""

import json
import subprocess
import sys

from typer.testing import CliRunner

from normdocs.cli.main import app
from tests.make_docs import make_docx, make_pdf

runner = CliRunner()


def _records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_folder_is_walked_in_sorted_order_and_bad_files_do_not_stop_the_batch(tmp_path):
    make_pdf(tmp_path / "b.pdf")
    (tmp_path / "sub").mkdir()
    make_docx(tmp_path / "sub" / "a.docx", ["关于开展安全检查的通知", "各科室：", "请按要求开展检查。", "办公室", "2023年5月6日"])
    (tmp_path / "a.pdf").write_bytes(b"")
    result = runner.invoke(app, ["inspect", str(tmp_path)])
    assert result.exit_code == 3, result.output
    records = _records(result.stdout)
    assert [r["file"] for r in records] == [str(tmp_path / n) for n in ("a.pdf", "b.pdf", "sub/a.docx")]
    assert [r["status"] for r in records] == ["error", "ok", "ok"]
    assert records[0]["error"]["code"] == "empty_file"
    assert records[2]["metadata"]["title"] == "关于开展安全检查的通知"


def test_body_and_layout_only_on_request(tmp_path):
    pdf = make_pdf(tmp_path / "n.pdf")
    plain = _records(runner.invoke(app, ["inspect", str(pdf)]).stdout)[0]
    assert "body" not in plain["metadata"] and "layout" not in plain
    full = _records(runner.invoke(app, ["inspect", "--body", "--layout", str(pdf)]).stdout)[0]
    assert "现将《聊城市2023年政务公开工作要点》印发给你们" in full["metadata"]["body"]
    lines = full["layout"]["pages"][0]["lines"]
    zones = {ln["text"]: ln["zone"] for ln in lines}
    assert zones["聊政办发〔2023〕9号"] == "header"
    assert zones["抄送：市委有关部门，市人大常委会办公室。"] == "imprint"
    assert zones["—1—"] == "noise"


def test_all_read_exits_zero_and_usage_error_exits_two(tmp_path):
    pdf = make_pdf(tmp_path / "n.pdf")
    ok = subprocess.run([sys.executable, "-m", "normdocs.cli.main", "inspect", str(pdf)],
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert _records(ok.stdout)[0]["metadata"]["doc_number"] == "聊政办发〔2023〕9号"
    usage = subprocess.run([sys.executable, "-m", "normdocs.cli.main", "inspect"], capture_output=True, text=True)
    assert usage.returncode == 2


def _id_number(prefix: str = "11010519800101123") -> str:
    """A checksum-valid resident ID made here (GB 11643 / ISO 7064 MOD 11-2), not a real person's."""
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(d) * w for d, w in zip(prefix, weights)) % 11]
    return prefix + check


def test_layout_output_masks_personal_numbers(tmp_path):
    number = _id_number()
    lines = [("title", "关于张三同志任职的通知"), ("text", "各科室："), ("text", f"张三，身份证号{number}，任科长。"),
             ("right", "办公室"), ("right", "2023年5月6日")]
    pdf = make_pdf(tmp_path / "p.pdf", lines=lines)
    out = runner.invoke(app, ["inspect", "--layout", str(pdf)]).stdout
    assert number not in out
    assert number[:6] + "********" + number[-4:] in out
