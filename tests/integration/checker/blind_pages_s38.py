"""Pages of a blind sweep (session 38): sites written as vendors write them before the checker's rules were read,
kept here where the checker misread them.

``spring_security``: a Spring Boot application's Thymeleaf login page, whose layout carries the session's token in
``<meta name="_csrf">`` and the header its script sends it in in ``<meta name="_csrf_header">``, and whose form has no
hidden field. Spring Security takes the token from that header or from the ``_csrf`` parameter, and refuses a post
without either (403); a wrong password goes back to ``/login?error``.

``laravel_welcome_with_auth``: Laravel 5.8 to 7's welcome page left in the application's place after ``make:auth``
(laravel/ui), whose links over the framework's name are "Login" and "Register", or "Home" for a visitor signed in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checker_servers import Reply, Request
from login_apps_s37 import VendorApp, card, error_box, plain_form

_SPRING_HEAD = '<meta name="_csrf" content="{token}"/><meta name="_csrf_header" content="{header}"/>'
SPRING_REFUSAL = "Username atau password salah."
_SPRING_DASHBOARD = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Beranda | SI-PARKIR</title>
</head><body><nav class="navbar"><span class="brand">SI-PARKIR Dinas Perhubungan</span>
<form action="/logout" method="post"><button type="submit" class="btn btn-link">Keluar</button></form></nav>
<div class="container"><h3>Pendapatan Retribusi Parkir</h3><table class="table"><tr><th>Titik</th><th>Hari ini</th>
</tr><tr><td>Jl. Ahmad Yani</td><td>Rp 4.250.000</td></tr><tr><td>Summarecon</td><td>Rp 2.100.000</td></tr></table>
</div><footer class="small">&copy; 2026 Dinas Perhubungan Kota Bekasi</footer></body></html>"""


@dataclass
class SpringApp(VendorApp):
    """A ``VendorApp`` guarded as Spring Security guards a post: the session's token in the header ``header`` or in
    the ``_csrf`` parameter, else 403."""

    header: str = "X-CSRF-TOKEN"
    took: list[str] = field(default_factory=list)  # where each accepted post carried the token: header or field

    def _login(self, request: Request, sent: dict[str, str]) -> Reply:
        _sid, session, cookies = self.sessions.get(request)
        headers = {name.lower(): value for name, value in request.headers.items()}
        if self.header.lower() in headers:  # Spring reads the header first, and only it where it is sent
            self.took.append("header" if headers[self.header.lower()] == session["token"] else "")
        else:
            self.took.append("field" if request.value("_csrf") == session["token"] else "")
        if not self.took[-1]:
            self.posts.append(request)
            return Reply(403, '{"status":403,"error":"Forbidden","path":"/login"}', cookies=cookies)
        return super()._login(request, sent)


def spring_security(header: str = "X-CSRF-TOKEN") -> SpringApp:
    """SI-PARKIR: Spring Boot with Thymeleaf, the token only in the layout's metas; back to ``/login?error``."""
    head = _SPRING_HEAD.replace("{header}", header)
    return SpringApp(
        card("SI-PARKIR", plain_form(action="/login"), head=head),
        _SPRING_DASHBOARD,
        error_box(SPRING_REFUSAL),
        session_cookie="JSESSIONID",
        landing_path="/",
        header=header,
    )


def laravel_welcome_with_auth(links: str) -> str:
    """Return Laravel 6's welcome view as it renders with the auth scaffolding's ``links`` at its top right."""
    return _LARAVEL_WELCOME_AUTH.replace("{links}", links)


LOGIN_REGISTER = '<a href="/login">Login</a>\n                        <a href="/register">Register</a>'
HOME = '<a href="/home">Home</a>'
_LARAVEL_WELCOME_AUTH = """<!doctype html>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Laravel</title>
        <link href="https://fonts.googleapis.com/css?family=Nunito:200,600" rel="stylesheet">
        <style>
            html, body { background-color: #fff; color: #636b6f; font-family: 'Nunito', sans-serif; }
            .top-right { position: absolute; right: 10px; top: 18px; }
            .title { font-size: 84px; }
            .links > a { color: #636b6f; padding: 0 25px; font-size: 13px; text-transform: uppercase; }
        </style>
    </head>
    <body>
        <div class="flex-center position-ref full-height">
                <div class="top-right links">
                        {links}
                </div>
            <div class="content">
                <div class="title m-b-md">
                    Laravel
                </div>
                <div class="links">
                    <a href="https://laravel.com/docs">Docs</a>
                    <a href="https://laracasts.com">Laracasts</a>
                    <a href="https://laravel-news.com">News</a>
                    <a href="https://blog.laravel.com">Blog</a>
                    <a href="https://nova.laravel.com">Nova</a>
                    <a href="https://forge.laravel.com">Forge</a>
                    <a href="https://vapor.laravel.com">Vapor</a>
                    <a href="https://github.com/laravel/laravel">GitHub</a>
                </div>
            </div>
        </div>
    </body>
</html>
"""
