"""PHP web shells and uploaders served as a department's home page, as they look on compromised Indonesian government
sites, and the department's honest pages on the same theme (session 38).

``SHELLS``: the panels (IndoXploit's two, WSO 2.5 and "4.2.5" with FilesMan, one on IIS, b374k, ALFA TEaM's
"v4.1-Tesla", Mini Shell, Marijuana, Gecko, Con7ext, c99), the uploaders (Priv8, haxor, a crew's, a bare upload form
under "uname -a"), and the output of a ``system($_GET['cmd'])`` page: their server panel ("Uname", "User: www-data
(33)", "Safe Mode: OFF", "Disable Functions: NONE", "Server IP"), their menus ("[ Home Shell ]"), their file tables
(drwxr-xr-x, Edit | Rename | Delete | Chmod), each under its own title and under the department's title kept
(``titled``).

``ATOP``: an uploader and a panel written atop the department's home page, its menu and news kept.

``CLEAN``: the department's news, headlines, tutorials and a CSIRT's advisories about web shells (naming them, quoting
an ``ls -la`` and a panel's lines in ``<code>`` and ``<pre>``), a phpinfo() page, the logins of phpMyAdmin, Jenkins,
Webmin, cPanel, Adminer, a vendor's admin panel and its file manager, Tiny File Manager's login page.
"""

from __future__ import annotations

import re

from defaced_pages_s28 import headlined, story
from vendor_pages import Site, department_page

TITLE = f"{Site().name} - Melayani dengan Sepenuh Hati"
UNAME = "Linux srv-web02.bekasikota.go.id 4.15.0-213-generic #224-Ubuntu SMP Mon Jun 19 13:30:12 UTC 2023 x86_64"
FILES = (
    ("..", "dir", "drwxr-xr-x"),
    ("assets", "dir", "drwxr-xr-x"),
    ("uploads", "dir", "drwxrwxrwx"),
    ("wp-admin", "dir", "drwxr-xr-x"),
    ("wp-content", "dir", "drwxr-xr-x"),
    ("wp-includes", "dir", "drwxr-xr-x"),
    (".htaccess", "0.52 KB", "-rw-r--r--"),
    ("index.php", "0.41 KB", "-rw-r--r--"),
    ("wp-config.php", "3.21 KB", "-rw-r-----"),
    ("xmlrpc.php", "3.08 KB", "-rw-r--r--"),
)


def _rows(actions: str, owner: str = "www-data/www-data") -> str:
    return "".join(
        f'<tr><td><a href="?d=/var/www/html/{name}">{name}</a></td><td>{size}</td><td>2026-11-28 03:14:07</td>'
        f'<td>{owner}</td><td><font color="#00ff00">{perms}</font></td><td>{actions.format(name=name)}</td></tr>'
        for name, size, perms in FILES
    )


def _shell(title: str, body: str, style: str = "body{background:#000;color:#0f0;font:12px monospace}") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title><style>{style}</style></head>'
        f"<body>{body}</body></html>"
    )


def indoxploit(title: str = "IndoXploit") -> str:
    links = "".join(
        f'<a href="?dir=/var/www/html&do={d}">[ {n} ]</a> '
        for d, n in (
            ("home", "Home"),
            ("upload", "Upload"),
            ("cmd", "Command"),
            ("mass_deface", "Mass Deface"),
            ("config", "Config"),
            ("jumping", "Jumping"),
            ("symlink", "Symlink"),
            ("logout", "Logout"),
        )
    )
    return _shell(
        title,
        '<center><h1><font face="Courier New">IndoXploit Shell</font></h1></center><hr>'
        f"System: {UNAME}<br>User: www-data (33) Group: www-data (33)<br>Server IP: 103.12.84.17 | Your IP: "
        "36.85.10.2<br>Safe Mode: <font color=lime>OFF</font><br>Disable Functions: <font color=lime>NONE</font><br>"
        "MySQL: ON | cURL: ON | WGET: ON | Perl: ON | Python: ON | Sudo: OFF | Pkexec: ON<br>"
        f'Current DIR: <a href="?dir=/">/</a>var/www/html<hr><center>{links}</center><hr>'
        '<table width="100%"><tr><th>Name</th><th>Size</th><th>Last Modified</th><th>Owner/Group</th><th>Permission'
        "</th><th>Action</th></tr>"
        + _rows(
            '<a href="?act=rename&f={name}">rename</a> | <a href="?act=delete&f={name}">delete</a> | '
            '<a href="?act=chmod&f={name}">chmod</a> | <a href="?act=edit&f={name}">edit</a>'
        )
        + "</table><hr><center>Copyright &copy; 2017 - IndoXploit</center>",
    )


def wso(title: str = "srv-web02.bekasikota.go.id - WSO 2.5", version: str = "2.5") -> str:
    menu = "".join(
        f"[ <a href=\"#\" onclick=\"g('{a}',null,'','','')\">{n}</a> ] "
        for a, n in (
            ("SecInfo", "Sec. Info"),
            ("FilesMan", "Files"),
            ("Console", "Console"),
            ("Sql", "Sql"),
            ("Php", "Php"),
            ("StringTools", "String tools"),
            ("Bruteforce", "Bruteforce"),
            ("Network", "Network"),
            ("SelfRemove", "Self remove"),
        )
    )
    return _shell(
        title,
        '<table class="info" cellpadding="3" cellspacing="0" width="100%"><tr><td width="1"><span>Uname:<br>User:'
        "<br>Php:<br>Hdd:<br>Cwd:</span></td>"
        f'<td><nobr>{UNAME} <a href="http://www.google.com/search?q=linux+4.15.0">[exploit-db.com]</a></nobr><br>'
        "33 ( www-data ) <span>Group:</span> 33 ( www-data )<br>7.4.33 <span>Safe mode:</span> <font color=#00bb00>"
        "OFF</font> <a href=# onclick=\"g('Php',null,'','info')\">[ phpinfo ]</a> <span>Datetime:</span> 2026-12-05"
        " 11:02:19<br>48.29 GB <span>Free:</span> 12.07 GB (25%)<br>/var/www/html/ <font color=#00bb00>(Writeable)"
        f"</font> <a href=#>[ home ]</a></td><td width=1 align=right><nobr>Windows-1251<br><span>Server IP:</span><br>"
        f"103.12.84.17<br><span>Client IP:</span><br>36.85.10.2</nobr></td></tr></table>"
        f'<table cellpadding="3" cellspacing="0" width="100%" class="menu"><tr><td>{menu}</td></tr></table>'
        '<div class="content"><h1>File manager</h1><form method=post name=files><table width="100%" class="main">'
        "<tr><th>Name</th><th>Size</th><th>Modify</th><th>Owner/Group</th><th>Permissions</th><th>Actions</th></tr>"
        + _rows('<a href="#">R</a> <a href="#">T</a> <a href="#">E</a> <a href="#">D</a>')
        + '</table><select name="p1"><option value="copy">Copy</option><option value="move">Move</option>'
        '<option value="delete">Delete</option><option value="tar">+ tar.gz</option></select>&nbsp;<input type=submit'
        ' value=">>"></form></div><table class="info" width="100%"><tr><td><form><span>Change dir:</span><br><input'
        ' name=c value="/var/www/html/"></form></td><td><form><span>Read file:</span><br><input name=f></form></td>'
        '</tr><tr><td><form><span>Execute:</span><br><input name=cmd></form></td><td><form method="post" '
        'enctype="multipart/form-data"><span>Upload file:</span><br><input type=file name=f><input type=submit '
        f'value=">>"></form></td></tr></table><div class="footer">WSO {version}</div>',
        style="body{background:#444;color:#e1e1e1}span{color:#df5}.info{background:#222}",
    )


def b374k(title: str = "b374k 3.2.3") -> str:
    return _shell(
        title,
        '<div id="header"><div id="headerNav"><span><a href="?">b374k 3.2.3</a></span>'
        '<span> / <a href="?cd=/var">var</a> / <a href="?cd=/var/www">www</a> / html</span></div>'
        '<div id="menu"><a href="#explorer">Explorer</a> <a href="#terminal">Terminal</a> <a href="#eval">Eval</a>'
        ' <a href="#convert">Convert</a> <a href="#database">Database</a> <a href="#info">Info</a> <a href="#mail">'
        'Mail</a> <a href="#processes">Processes</a> <a href="#network">Network</a></div></div>'
        f'<div id="basicInfo">Server IP : 103.12.84.17<br>Software : Apache/2.4.29 (Ubuntu)<br>Uname : {UNAME}<br>'
        "User : www-data (33) | Group : www-data (33)<br>PHP Version : 7.4.33 | Safe Mode : OFF</div>"
        '<table id="xplTable"><thead><tr><th>name</th><th>size</th><th>owner:group</th><th>perms</th>'
        "<th>modified</th><th>action</th></tr></thead>"
        + _rows("<a>action</a>", owner="www-data:www-data")
        + "</table><div id=footer>b374k shell &copy; 2014 b374k</div>",
    )


def alfa(title: str = "ALFA TEaM Shell ~ v4.1-Tesla") -> str:
    menu = " ".join(
        f'<a href="#" class="menu">{n}</a>'
        for n in (
            "Home",
            "Upload",
            "Config Grabber",
            "Symlink",
            "Mass Deface",
            "Zone-H",
            "Cgi Shell",
            "Command",
            "Safe Mode Bypass",
            "Logout",
        )
    )
    return _shell(
        title,
        '<div class="header"><pre style="color:#fff">\n   _    _     _____  _    \n  / \\  | |   |  ___|/ \\   \n'
        " / _ \\ | |   | |_  / _ \\  \n/_/ \\_\\|_____|_|  /_/ \\_\\ TEaM</pre>"
        '<h2>~ ALFA TEaM Shell ~ v4.1-Tesla ~</h2></div><table class="sysinfo"><tr><td>'
        f"Uname : {UNAME}<br>User : 33 ( www-data ) Group : 33 ( www-data )<br>PHP : 7.4.33 Safe Mode : OFF<br>"
        "ServerIP : 103.12.84.17 Your IP : 36.85.10.2<br>DateTime : 2026-12-05 11:02:19<br>Domains : 14 Domains<br>"
        "HDD : Total : 48.29 GB Free : 12.07 GB [25%]<br>Useful : gcc | perl | python | php | tar | zip<br>"
        "Downloader : wget | curl | lynx<br>Disable Functions : All Functions Accessible<br>"
        "CURL : ON | SSH2 : OFF | Magic Quotes : OFF | MySQL : ON | MSSQL : OFF | PostgreSQL : OFF | Oracle : OFF<br>"
        f"Open_basedir : NONE | Safe_mode_exec_dir : NONE | Safe_mode_include_dir : NONE</td></tr></table>{menu}"
        '<table class="fmanager"><tr><th>Name</th><th>Size</th><th>Modify</th><th>Owner/Group</th><th>Permission'
        "</th><th>Actions</th></tr>"
        + _rows("Edit | Rename | Delete | Chmod | Touch | Download")
        + "</table><footer>ALFA TEaM Shell ~ v4.1-Tesla &copy; Solevisible</footer>",
        style="body{background:#1e1e1e;color:#fff}",
    )


def mini(title: str = "Mini Shell") -> str:
    return _shell(
        title,
        '<table width="700" border="0" cellpadding="3" cellspacing="1" align="center"><tr><td><font color="white">'
        'Current Path :</font> <a href="?path=/">/</a><a href="?path=/var">var</a>/<a href="?path=/var/www">www</a>/'
        'html<br><form enctype="multipart/form-data" method="POST"><font color="white">File Upload :</font> '
        '<input type="file" name="file"><input type="submit" value="upload"></form></td></tr></table>'
        '<table width="700" class="table_home" align="center"><tr><th>Name</th><th>Size</th><th>Permissions</th>'
        "<th>Options</th></tr>"
        + "".join(
            f'<tr><td><a href="?path=/var/www/html/{n}">{n}</a></td><td>{s}</td><td><font color="lime">{p}</font>'
            '</td><td><form method="POST"><select name="opt"><option value="">Select</option><option value="delete">'
            'Delete</option><option value="chmod">Chmod</option><option value="rename">Rename</option><option '
            'value="edit">Edit</option></select><input type="submit" value=">"></form></td></tr>'
            for n, s, p in FILES
        )
        + "</table><center>Mini Shell &copy; 2019</center>",
    )


def marijuana(title: str = "MARIJUANA") -> str:
    return _shell(
        title,
        '<header><pre>MARIJUANA</pre><p>- DIOS - NO - MAS -</p></header><div class="info"><ul>'
        f"<li>uname -a : {UNAME}</li><li>Software : Apache/2.4.29 (Ubuntu)</li><li>PHP : 7.4.33</li>"
        "<li>user : www-data (33)</li><li>Safe Mode : OFF</li></ul></div><nav>"
        '<a href="?x=home">HOME</a> <a href="?x=upload">UPLOAD</a> <a href="?x=cmd">TERMINAL</a>'
        "</nav><table><tr><th>Name</th><th>Size</th><th>Modified</th><th>Owner</th><th>Perms</th><th>Actions</th></tr>"
        + _rows("edit | rename | delete")
        + "</table>",
    )


def gecko(title: str = "Gecko [ 1.0 ]") -> str:
    return _shell(
        title,
        '<div class="gecko-header"><h1>Gecko</h1><span>[ Home Shell ]</span></div><div class="gecko-info">'
        f"Server : Apache/2.4.29 (Ubuntu)<br>System : {UNAME}<br>User : www-data ( 33 )<br>PHP Version : 7.4.33<br>"
        "Disable Function : NONE<br>Server IP : 103.12.84.17</div><div class=tools>"
        '<a href="?tools=upload">Upload</a> <a href="?tools=newfile">New File</a> <a href="?tools=newfolder">New Folder'
        '</a> <a href="?tools=terminal">Terminal</a> <a href="?tools=adminer">Adminer</a></div>'
        "<table><tr><th>Name</th><th>Size</th><th>Last Modified</th><th>Owner / Group</th><th>Permission</th>"
        "<th>Action</th></tr>" + _rows("Edit Rename Delete Chmod Download") + "</table>",
    )


def con7ext(title: str = "Con7ext Shell") -> str:
    return _shell(
        title,
        "<center><h2>Con7ext Shell</h2></center><hr>"
        f"uname : {UNAME}<br>user : www-data (33)<br>disable functions : NONE<br>"
        'dir : <a href="?d=/">/</a>var/www/html/<hr><a href="?">[ Home ]</a> <a href="?x=upload">[ Upload ]</a> '
        '<a href="?x=cmd">[ Command ]</a><table><tr><th>Name</th><th>Size</th><th>Perms</th><th>Action</th></tr>'
        + "".join(
            f'<tr><td><a href="?d={n}">{n}</a></td><td>{s}</td><td>{p}</td><td><a href="?e={n}">Edit</a> <a href="'
            f'?r={n}">Rename</a> <a href="?del={n}">Delete</a></td></tr>'
            for n, s, p in FILES
        )
        + "</table>",
    )


def uploader(title: str, name: str) -> str:
    """Return a bare uploader: its name, the kernel, the directory, an upload form."""
    return _shell(
        title,
        f"<center><h1>{name}</h1><b>uname -a:</b> {UNAME}<br><b>Dir:</b> /var/www/html/wp-content/uploads<br>"
        '<form method="post" enctype="multipart/form-data"><input type="file" name="__"><input name="_upl" '
        'type="submit" value="Upload"></form></center>',
        style="body{background:#fff}",
    )


def cmd_output(title: str = "") -> str:
    """Return what ``<?php system($_GET['cmd']) ?>`` prints for ``cmd=id;uname -a``, in its ``<pre>``."""
    return (
        f"<html><head><title>{title}</title></head><body><pre>uid=33(www-data) gid=33(www-data) groups=33(www-data)\n"
        f"{UNAME} GNU/Linux\n</pre></body></html>"
    )


def cmd_form(title: str = "") -> str:
    """Return a one-line command shell: a form, and the output of ``ls -la``."""
    listing = "\n".join(f"{p}  2 www-data www-data  4096 Nov 28 03:14 {n}" for n, _, p in FILES)
    return (
        f'<html><head><title>{title}</title></head><body><form method="GET"><input type="text" name="cmd" autofocus'
        f' size="80"><input type="submit" value="Execute"></form><pre>total 212\n{listing}</pre></body></html>'
    )


def titled(html: str) -> str:
    """Return ``html`` under the department's own title (the index.php replaced, the title kept)."""
    return re.sub(r"<title>[^<]*</title>", f"<title>{TITLE}</title>", html, count=1)


_OWN_TITLES = {
    "indoxploit": indoxploit(),
    "wso-2.5": wso(),
    "wso-4.2.5": wso("WSO 4.2.5", "4.2.5"),
    "b374k": b374k(),
    "alfa-tesla": alfa(),
    "mini-shell": mini(),
    "marijuana": marijuana(),
    "gecko": gecko(),
    "con7ext": con7ext(),
    "priv8-uploader": uploader("Priv8 Uploader", "Priv8 Uploader By Mr.Kur0"),
    "haxor-uploader": uploader("haxor uploader", "-= haxor uploader =-"),
    "bare-uploader": uploader("", "Upload"),
    "cmd-output": cmd_output(),
    "cmd-form-ls": cmd_form(),
}
SHELLS = {
    **_OWN_TITLES,
    **{f"{key}-titled": titled(html) if "<title>" in html else html for key, html in _OWN_TITLES.items()},
}

_LS = (
    "<pre>-rw-r--r-- 1 www-data www-data  41233 Nov 28 03:14 wp-content/uploads/2026/11/wso.php\n"
    "-rw-r--r-- 1 www-data www-data  22841 Nov 28 03:15 wp-content/uploads/2026/11/about.php\n"
    "drwxr-xr-x 2 www-data www-data   4096 Nov 28 03:15 wp-content/uploads/2026/11/.cache</pre>"
)
CLEAN = {
    "diskominfo-cleaned-shell": story(
        "Diskominfo Temukan dan Bersihkan Web Shell di Tiga Situs Perangkat Daerah",
        "<p>Tim Bekasikota-CSIRT Diskominfo menemukan berkas web shell (pintu belakang) di direktori unggahan tiga"
        " situs perangkat daerah saat pemindaian rutin. Berkas tersebut antara lain IndoXploit Shell, WSO 2.5"
        " dan ALFA TEaM Shell ~ v4.1-Tesla yang memungkinkan pihak luar mengunggah berkas dan menjalankan perintah di"
        f" server.</p><p>Berikut cuplikan hasil pemeriksaan berkas:</p>{_LS}<p>Seluruh berkas telah dihapus, kata"
        " sandi diganti, dan plugin yang rentan diperbarui. Situs kembali normal.</p>",
    ),
    "csirt-advisory-panel": story(
        "Peringatan Keamanan BKS-2026-031: Web Shell pada Situs Pemerintah Daerah",
        "<p>Bekasikota-CSIRT menerima laporan web shell yang ditanam pada situs berbasis WordPress. Ciri halaman web"
        " shell yang perlu diwaspadai pengelola:</p><ul><li>Baris <code>Uname: Linux ...</code> dan <code>User:"
        " www-data (33)</code></li><li>Keterangan <code>Safe Mode: OFF</code> dan <code>Disable Functions: NONE</code>"
        "</li><li>Tabel berkas dengan izin <code>drwxr-xr-x</code> dan tautan Edit, Rename, Delete, Chmod</li>"
        "<li>Menu seperti <code>[ Home Shell ]</code>, <code>[ Upload ]</code>, <code>[ Command ]</code></li></ul>"
        "<p>Nama yang sering ditemukan: IndoXploit, WSO 2.5, b374k, ALFA TEaM Shell, Mini Shell, Marijuana, Gecko,"
        " Priv8 Uploader, haxor uploader, Con7ext. Segera laporkan ke csirt@bekasikota.go.id.</p>",
    ),
    "csirt-advisory-english": story(
        "Security Advisory BKS-2026-032: Web shells on local government sites",
        "<p>Indicators of compromise: a page showing <code>Uname: Linux</code>, <code>Server IP:</code>, <code>Safe"
        " mode: OFF</code>, <code>User: 33 ( www-data )</code>, and a file table with permissions such as "
        "<code>drwxr-xr-x</code> and <code>-rw-r--r--</code>. Mitigation: remove the file, rotate credentials.</p>",
    ),
    "workshop-hardening": story(
        "Bimtek Pengamanan Server bagi Pengelola Situs Perangkat Daerah",
        "<p>Peserta mempraktikkan perintah <code>uname -a</code>, <code>id</code> dan <code>ls -la</code> untuk"
        " memeriksa server, misalnya keluaran <code>uid=33(www-data) gid=33(www-data)</code>, serta mengatur izin"
        " berkas <code>-rw-r--r--</code> dan direktori <code>drwxr-xr-x</code>. Fungsi berbahaya sebaiknya dimatikan"
        " lewat <code>disable_functions</code>.</p>",
    ),
    "news-list-headlines": department_page(),
    "hack-news": story(
        "Situs Sekolah di Bekasi Diretas, Pelaku Tanam Web Shell",
        "<p>Pelaku menanam web shell bernama Mini Shell dan Priv8 Uploader di direktori uploads, lalu mengganti halaman"
        " depan. Polres Metro Bekasi Kota masih menyelidiki kasus ini.</p>",
    ),
    "phpinfo": "<!DOCTYPE html><html><head><title>PHP 7.4.33 - phpinfo()</title></head><body><div class=center>"
    "<table><tr class=h><td><h1 class=p>PHP Version 7.4.33</h1></td></tr></table><table>"
    f"<tr><td class=e>System </td><td class=v>{UNAME} </td></tr><tr><td class=e>Server API </td><td class=v>Apache 2.0"
    " Handler </td></tr><tr><td class=e>Loaded Configuration File </td><td class=v>/etc/php/7.4/apache2/php.ini </td>"
    "</tr></table><h2>apache2handler</h2><table><tr><td class=e>User/Group </td><td class=v>www-data(33)/33 </td></tr>"
    "</table><h2>Core</h2><table><tr class=h><th>Directive</th><th>Local Value</th><th>Master Value</th></tr>"
    "<tr><td class=e>disable_functions</td><td class=v><i>no value</i></td><td class=v><i>no value</i></td></tr>"
    "<tr><td class=e>file_uploads</td><td class=v>On</td><td class=v>On</td></tr></table><h2>PHP Variables</h2>"
    "<table><tr><td class=e>$_SERVER['SERVER_ADDR']</td><td class=v>103.12.84.17</td></tr><tr><td class=e>"
    "$_SERVER['SERVER_SOFTWARE']</td><td class=v>Apache/2.4.29 (Ubuntu)</td></tr></table></div></body></html>",
    "phpmyadmin-login": "<!DOCTYPE html><html><head><title>phpMyAdmin</title></head><body class=loginform><div"
    ' class="container"><a href="./url.php?url=https%3A%2F%2Fwww.phpmyadmin.net%2F"><img src="logo_right.png"'
    ' alt="phpMyAdmin"></a><h1>Welcome to <bdo dir="ltr" lang="en">phpMyAdmin</bdo></h1><form method="post"'
    ' action="index.php" class="login"><fieldset><legend>Log in</legend><div class="item"><label for="input_username">'
    'Username:</label><input type="text" name="pma_username" id="input_username"></div><div class="item"><label'
    ' for="input_password">Password:</label><input type="password" name="pma_password" id="input_password"></div>'
    '<div class="item"><label for="select_server">Server Choice:</label><select name="server"><option value="1">'
    "localhost</option></select></div></fieldset><fieldset class=tblFooters><input value=Go type=submit></fieldset>"
    "</form></div></body></html>",
    "jenkins-login": "<!DOCTYPE html><html><head><title>Sign in [Jenkins]</title></head><body><div class=simple-page>"
    '<div class=modal><div class=app-sign-in-register__content><h1>Sign in to Jenkins</h1><form method="post" '
    'action="j_spring_security_check"><div class=jenkins-form-item><label for=j_username>Username</label><input '
    "id=j_username name=j_username type=text></div><div class=jenkins-form-item><label for=j_password>Password</label>"
    "<input id=j_password name=j_password type=password></div><div class=jenkins-checkbox><input type=checkbox "
    "id=remember_me name=remember_me><label for=remember_me>Keep me signed in</label></div><button type=submit"
    " class=jenkins-button>Sign in</button></form></div></div></div><footer>Jenkins 2.426.3</footer></body></html>",
    "vendor-admin-login": "<!DOCTYPE html><html><head><title>Login Admin - SIMPEG Kota Bekasi</title></head><body>"
    '<div class="login-box"><h3>SIMPEG Kota Bekasi</h3><p>Panel Admin: Data Pegawai, File Manager, Pengaturan</p>'
    '<form method="post" action="/admin/login"><input name="username" placeholder="NIP"><input type="password" '
    'name="password" placeholder="Kata sandi"><button>Masuk</button></form><p class="small">&copy; 2026 BKPSDM Kota'
    " Bekasi - dikembangkan oleh CV Sinar Teknologi</p></div></body></html>",
    "tiny-file-manager-login": "<!DOCTYPE html><html><head><title>Tiny File Manager</title></head><body"
    ' class="fm-login-page"><section class="h-100"><div class="container"><div class="card fat"><div'
    ' class="card-body"><form class="form-signin" action="" method="post"><div class="mb-3"><div class="brand">'
    '<h1 class="text-center">Tiny File Manager</h1></div></div><div class="mb-3"><label for="fm_usr">Username'
    '</label><input type="text" class="form-control" id="fm_usr" name="fm_usr"></div><div class="mb-3"><label'
    ' for="fm_pwd">Password</label><input type="password" class="form-control" id="fm_pwd" name="fm_pwd"></div>'
    '<div class="mb-3"><button type="submit" class="btn btn-success btn-block w-100 mt-4">Login</button></div>'
    '</form></div></div><div class="footer text-center">&mdash;&mdash; &copy; <a href="https://tinyfilemanager.'
    'github.io/" target="_blank">CCP Programmers</a> &mdash;&mdash;</div></div></section></body></html>',
    "server-status-news": story(
        "Pemeliharaan Server Portal Selesai",
        "<p>Server portal telah diperbarui ke Ubuntu 22.04 dengan PHP versi 8.2. Layanan kembali normal sejak pukul"
        " 06.00 WIB.</p>",
    ),
}

CSIRT_PAGE = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Bekasikota-CSIRT</title></head><body><header>'
    '<h1>Bekasikota-CSIRT</h1><a href="/">Beranda</a> <a href="/peringatan/">Peringatan</a></header><main><h2>'
    "Peringatan BKS-2026-031: Web Shell pada Situs Perangkat Daerah</h2><p>Diterbitkan 2 Desember 2026.</p><p>Ciri"
    " halaman web shell yang perlu diwaspadai pengelola situs:</p><ul><li><code>Uname: Linux ...</code> dan <code>"
    "User: www-data (33)</code></li><li><code>Safe Mode: OFF</code>, <code>Disable Functions: NONE</code>, <code>"
    "Server IP: ...</code></li><li>Tabel berkas dengan izin <code>drwxr-xr-x</code>, <code>-rw-r--r--</code>, "
    "<code>drwxrwxrwx</code> dan tautan Edit, Rename, Delete, Chmod</li></ul><p>Segera laporkan ke"
    " csirt@bekasikota.go.id.</p></main><footer>&copy; 2026 Diskominfo Kota Bekasi</footer></body></html>"
)
CLEAN["csirt-static-advisory"] = CSIRT_PAGE


def c99(title: str = "C99Shell v. 2.0 [PHP 7 Update]") -> str:
    return _shell(
        title,
        '<table width="100%" cellpadding=1 cellspacing=0 bgcolor="#333333"><tr><td><p align="center"><b>--[ c99shell v.'
        " 2.0 [PHP 7 Update] [25.02.19] | Generation time: 0.0021 ]--</b></p></td></tr><tr><td>"
        "Software: Apache/2.4.29 (Ubuntu). PHP/7.4.33<br>"
        f"uname -a: {UNAME}<br>uid=33(www-data) gid=33(www-data) groups=33(www-data)<br>"
        'Safe-mode: <font color="green"><b>OFF (not secure)</b></font><br>/var/www/html/ drwxr-xr-x<br>'
        "Free 12.07 GB of 48.29 GB (25%)</td></tr></table>"
        '<table><tr><td><a href="?act=ls">Home</a> <a href="?act=search">Search</a> <a href="?act=upload">Upload</a>'
        ' <a href="?act=cmd">Command</a> <a href="?act=selfremove">Self remove</a></td></tr></table>',
    )


def windows_panel(title: str = "WSO 2.5") -> str:
    return _shell(
        title,
        "<table><tr><td>Uname: Windows NT WEB-DISDIK 10.0 build 17763 (Windows Server 2019 Standard Edition) AMD64"
        "<br>User: 0 ( IUSR ) Group: ?<br>Php: 7.4.33 Safe mode: OFF<br>Hdd: 195.31 GB Free: 80.02 GB (40%)<br>Cwd:"
        " C:/inetpub/wwwroot/ (Writeable)</td><td>Server IP: 10.10.2.15<br>Client IP: 36.85.10.2</td></tr></table>"
        "<table><tr><th>Name</th><th>Size</th><th>Modify</th><th>Permissions</th><th>Actions</th></tr>"
        "<tr><td>[ aspnet_client ]</td><td>dir</td><td>2026-11-28</td><td>drwxrwxrwx</td><td>R T</td></tr>"
        "<tr><td>index.php</td><td>0.41 KB</td><td>2026-11-28</td><td>-rw-rw-rw-</td><td>R T E D</td></tr></table>",
    )


def indoxploit_v2(title: str = "./IndoXploit - Shell") -> str:
    return _shell(
        title,
        "<h1>IndoXploit - Shell</h1>"
        "Web Server : Apache/2.4.29 (Ubuntu)<br>System : "
        f"{UNAME}<br>User : www-data (33)<br>PHP Version : 7.4.33 | Safe Mode : OFF<br>Domain : 14 Domain<br>"
        'HDD : Total 48.29 GB Free 12.07 GB<br><a href="?">[ Home Shell ]</a> <a href="?do=upload">[ Upload ]</a> '
        '<a href="?do=cmd">[ Command ]</a> <a href="?do=mass">[ Mass Deface ]</a><hr>'
        + "".join(f"{n} | {p} | Rename | Delete | Chmod<br>" for n, _, p in FILES),
    )


def garuda_uploader(title: str = "Uploader by Garuda Cyber") -> str:
    return _shell(
        title,
        f'<center><img src="https://i.ibb.co/garuda.png" alt=""><h2>Garuda Cyber Uploader</h2><p>System : {UNAME}'
        "</p><p>Current Dir : /var/www/html/images/</p><form method=post enctype=multipart/form-data><input type=file"
        " name=berkas><input type=submit value=Unggah></form></center>",
    )


ATOP = {
    "uploader-atop-home": department_page(
        Site(
            title=TITLE,
            body_top=f"<center><b>uname -a:</b> {UNAME}<br><b>Dir:</b> /var/www/html<br><form method=post"
            " enctype=multipart/form-data><input type=file name=f><input type=submit value=Upload></form></center>",
        )
    ),
    "panel-atop-home": department_page(
        Site(
            title=TITLE,
            body_top=f"<pre>System: {UNAME}\nUser: www-data (33)\nSafe Mode: OFF</pre><form method=post"
            " enctype=multipart/form-data><input type=file name=f><input type=submit value=Upload></form>",
        )
    ),
}
SHELLS.update(
    {
        "c99": c99(),
        "c99-titled": titled(c99()),
        "windows-iis-panel": windows_panel(),
        "windows-iis-panel-titled": titled(windows_panel()),
        "indoxploit-v2": indoxploit_v2(),
        "indoxploit-v2-titled": titled(indoxploit_v2()),
        "garuda-uploader": garuda_uploader(),
        "garuda-uploader-titled": titled(garuda_uploader()),
    }
)

_PRE_ADVISORY = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bekasikota-CSIRT Advisory</title></head><body>'
    "<h1>BKS-2026-033: WSO web shell dropped through a vulnerable file manager plugin</h1><p>Published 3 December"
    " 2026. Administrators should look for a page that prints the following panel:</p><pre>Uname: Linux web01 5.15.0"
    "\nUser: 33 ( www-data ) Group: 33 ( www-data )\nPhp: 7.4.33 Safe mode: OFF\nServer IP: 10.0.0.5</pre><p>Remove"
    " the file, rotate all passwords and update the plugin. Report to csirt@bekasikota.go.id.</p></body></html>"
)
_LOGIN = (
    '<!DOCTYPE html><html><head><title>{title}</title></head><body><div class="login"><h2>{heading}</h2><form'
    ' method="post"><label>Username</label><input name="user"><label>Password</label><input type="password"'
    ' name="pass"><button type="submit">Login</button></form><p>{footer}</p></div></body></html>'
)
CLEAN.update(
    {
        "csirt-advisory-pre": _PRE_ADVISORY,
        "webmin-login": _LOGIN.format(
            title="Login to Webmin", heading="Login to Webmin", footer="You must enter a username and password"
        ),
        "cpanel-login": _LOGIN.format(title="cPanel Login", heading="cPanel", footer="Reset Password | Privacy Policy"),
        "adminer-login": _LOGIN.format(
            title="Login - Adminer", heading="Adminer 4.8.1", footer="System: MySQL | Server: localhost"
        ),
        "file-manager-admin-login": _LOGIN.format(
            title="File Manager - Admin Web Disdik",
            heading="File Manager Admin Web Disdik",
            footer="Hanya untuk pengelola. Kelola berkas unggahan: Edit, Rename, Delete, Chmod.",
        ),
        "shell-headlines": headlined(
            "Diskominfo Bersihkan Web Shell IndoXploit dari Situs Kelurahan",
            "Waspada Uploader Priv8 dan Mini Shell di Situs Sekolah",
            "BSSN: Web Shell WSO dan ALFA TEaM Marak di Situs Pemda",
        ),
        "sysadmin-tutorial": story(
            "Tutorial: Memeriksa Izin Berkas Situs",
            "<p>Jalankan perintah berikut untuk melihat izin berkas:</p><pre>$ ls -la /var/www/html\n"
            "drwxr-xr-x 5 www-data www-data 4096 Nov 28 03:14 .\ndrwxr-xr-x 3 root root 4096 Nov 1 08:00 ..\n"
            "-rw-r--r-- 1 www-data www-data  418 Nov 28 03:14 index.php</pre><p>Direktori sebaiknya 755, berkas 644;"
            " jangan pernah chmod 777. Keluaran <code>id</code> menampilkan uid=33(www-data).</p>",
        ),
    }
)
