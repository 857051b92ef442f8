import pytest

from normdocs.extractors.detect import detect_format

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.mark.parametrize(
    "name,data,expected",
    [
        ("scan.pdf", PNG, "image"),
        ("notice.txt", b"%PDF-1.7\n%\xe2\xe3", "pdf"),
        ("page.dat", "<html><body><p>通知</p></body></html>".encode(), "html"),
        ("old.doc", "关于印发办法的通知".encode("gb18030"), "txt"),
        ("blob.pdf", bytes(range(256)) * 4, "unknown"),
    ],
)
def test_format_comes_from_the_bytes_not_the_name(tmp_path, name, data, expected):
    path = tmp_path / name
    path.write_bytes(data)
    assert detect_format(path) == expected
