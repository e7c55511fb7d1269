"""The old corners of a city's web, as their vendors wrote them a decade and more ago.

A FrontPage or Dreamweaver portal of tables, in windows-1252, its news dated in Indonesian; the framesets that put
a banner over it; a root that is one iframe of the application; and the spam links an attacker leaves in it.
"""

from __future__ import annotations

from collections.abc import Sequence

from vendor_pages import days_ago, tanggal

NAME = "Dinas Kesehatan Kota Bekasi"
# The links an attacker leaves in an old portal's footer, hidden.
SPAM = (
    '<div style="display:none"><a href="https://kakekzeus-gacor.xyz/">bocoran rtp slot gacor hari ini</a> '
    '<a href="https://depo10k-maxwin.xyz/">slot deposit pulsa tanpa potongan</a> '
    '<a href="https://situs-togel88.xyz/">situs togel online terpercaya</a></div>'
)
_ACTIVITIES = (
    ("Kegiatan Posyandu “Sehat Bersama” di Kelurahan Margahayu", "pemeriksaan gizi balita dan penyuluhan PHBS"),
    ("Pelantikan Kepala Puskesmas Pondok Gede – Jatiasih", "serah terima jabatan di aula dinas"),
    ("Fogging Fokus DBD di RW 07 Kelurahan Jakasampurna", "pengasapan dan pemberantasan sarang nyamuk"),
    ("Sosialisasi BPJS Kesehatan bagi Kader “Desa Siaga”", "pendaftaran peserta PBI dan pemutakhiran data"),
)


def old_portal(
    charset: str | None = "windows-1252", news_days: Sequence[float] = (2, 5, 9, 16), spam: bool = False
) -> str:
    """Return a 2009-era portal of tables (FrontPage), its meta naming ``charset`` (none for None), its news dated
    ``news_days`` ago, its text of the characters windows-1252 adds (“ ” – · ©), and ``SPAM`` if asked."""
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    news = "".join(
        f'<tr><td class="tgl" width="150">{tanggal(days_ago(n), with_weekday=True)}</td>'
        f'<td><a href="berita.php?id={912 - i}">{title}</a><br>Petugas melakukan {what} kepada warga.</td></tr>'
        for i, (n, (title, what)) in enumerate(zip(news_days, _ACTIVITIES, strict=False))
    )
    year = days_ago(0).year
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>{meta}
<title>{NAME} – Situs Resmi</title>
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<link href="style.css" rel="stylesheet" type="text/css"></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="images/header.jpg" width="780" height="120" alt="{NAME}"></td></tr>
<tr><td colspan="2" class="menu"><a href="index.php">Beranda</a> | <a href="profil.php">Profil</a> |
<a href="layanan.php">Layanan Kesehatan</a> | <a href="berita.php">Berita</a> |
<a href="kontak.php">Hubungi Kami</a></td></tr>
<tr><td width="180" valign="top" class="kiri"><b>Menu Utama</b><br>
<a href="visi.php">Visi &amp; Misi</a><br><a href="struktur.php">Struktur Organisasi</a><br>
<a href="puskesmas.php">Daftar Puskesmas</a><br><a href="download.php">Unduhan</a><br>
<p>Kepala Dinas: dr. Tanti Rohilawati, M.Kes</p></td>
<td valign="top"><h3>Berita Terbaru</h3><table width="100%" cellpadding="4">{news}</table>
<p>Pelayanan Puskesmas buka Senin – Jumat pukul 08.00 – 14.00 WIB. “Mari hidup sehat”.</p></td></tr>
<tr><td colspan="2" class="footer" align="center">© 2009–{year} {NAME} · Jl. Pramuka No. 1 Bekasi Selatan
<br>Telp. (021) 8841234 · Tampilan terbaik dengan Internet Explorer 6 pada 1024×768</td></tr>
</table>{SPAM if spam else ""}</body></html>"""


def frameset(shares: str, frames: Sequence[tuple[str, str]]) -> str:
    """Return a frameset page (Dreamweaver's template) of ``shares`` ("rows=…" or "cols=…") and ``frames``
    (name, src), with the noframes notice old sites kept."""
    framed = "\n".join(f'<frame src="{src}" name="{name}" scrolling="auto" noresize>' for name, src in frames)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN" "http://www.w3.org/TR/html4/frameset.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>{NAME}</title></head>
<frameset {shares} frameborder="NO" border="0" framespacing="0">
{framed}
</frameset>
<noframes><body>Browser Anda tidak mendukung frame. Silakan buka <a href="main.php">halaman utama</a>.</body></noframes>
</html>"""


BANNER = f'<html><body bgcolor="#006633"><img src="images/banner.jpg" alt="{NAME}" width="780"></body></html>'
MENU = (
    '<html><body bgcolor="#EEEEEE"><b>Menu</b><br><a href="main.php" target="mainFrame">Beranda</a><br>'
    '<a href="profil.php" target="mainFrame">Profil</a><br><a href="berita.php" target="mainFrame">Berita</a>'
    "</body></html>"
)


def iframe_root(src: str, title: str) -> str:
    """Return a root that is nothing but an iframe of the application at full size (its stylesheet sizes it)."""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>html,body{{margin:0;padding:0;height:100%;overflow:hidden}} iframe{{border:0;width:100%;height:100%}}</style>
</head><body><iframe src="{src}" title="{title}"></iframe></body></html>"""


# Classic ASP's errors as IIS 6 prints them, in its <font> tags: a script's, and ASP's own (a script that ran out of
# time), each where the page stopped, under HTTP 200 (IIS's "Send errors to browser").
VBSCRIPT_ERROR = """<font face="Arial" size=2>
<p>Microsoft VBScript runtime </font> <font face="Arial" size=2>error '800a000d'</font>
<p>
<font face="Arial" size=2>Type mismatch: 'CInt'</font>
<p>
<font face="Arial" size=2>/berita/default.asp</font><font face="Arial" size=2>, line 42</font> """
ASP_TIMEOUT = """<font face="Arial" size=2>
<p>Active Server Pages</font> <font face="Arial" size=2>error 'ASP 0113'</font>
<p>
<font face="Arial" size=2>Script timed out</font>
<p>
<font face="Arial" size=2>/default.asp</font>
<p>
<font face="Arial" size=2>The maximum amount of time for a script to execute was exceeded. You can change this limit by
specifying a new value for the property Server.ScriptTimeout or by changing the value in the IIS administration
tools.<br></font>"""
# ColdFusion's error, printed where the portal's news query failed, the layout around it already sent.
COLDFUSION_IN_PAGE = """<table border="1" cellpadding="3" bgcolor="#FFFFCC"><tr><td>
<font style="COLOR: black; FONT: 8pt/11pt verdana">Error Executing Database Query.</font><br>
<font style="COLOR: red">[Macromedia][SQLServer JDBC Driver]Error establishing socket. Connection refused:
connect</font>
<p>The error occurred in <b>D:\\Inetpub\\wwwroot\\dinkes\\index.cfm: line 27</b></p></td></tr></table>"""
# A ColdFusion page's source, sent as text where the server lost its ColdFusion handler.
COLDFUSION_SOURCE = """<cfsetting enablecfoutputonly="no">
<cfquery name="qBerita" datasource="dinkes" username="sa" password="dinkes2009">
  SELECT TOP 5 judul, tanggal FROM tbl_berita ORDER BY tanggal DESC
</cfquery>
<html><head><title>Dinas Kesehatan Kota Bekasi</title></head>
<body><cfoutput query="qBerita"><p>#judul# (#DateFormat(tanggal, "dd/mm/yyyy")#)</p></cfoutput></body></html>"""


def with_error(error: str) -> str:
    """Return the old portal with ``error`` printed where its news table starts."""
    return old_portal("utf-8").replace("<h3>Berita Terbaru</h3>", "<h3>Berita Terbaru</h3>" + error)
