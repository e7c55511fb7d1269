"""What an old or a machine's application answers at its root instead of a page: an API's JSON, a SOAP service's
WSDL or fault, a file. As the frameworks and servers write them."""

from __future__ import annotations

import json

JSON = {"Content-Type": "application/json"}
XML = {"Content-Type": "text/xml; charset=utf-8"}

# Spring Boot's error answer of its /error mapping, sent as JSON to a client that asks for no HTML, under a 200 where
# a filter catches the error and writes its body without its status.
SPRING_500 = (
    '{"timestamp":"2026-12-05T09:12:44.123+00:00","status":500,"error":"Internal Server Error",'
    '"path":"/","message":"Could not open JPA EntityManager for transaction"}'
)
SPRING_404 = '{"timestamp":"2026-12-05T09:12:44.123+00:00","status":404,"error":"Not Found","path":"/"}'
FASTAPI_NOT_FOUND = '{"detail":"Not Found"}'
LARAVEL_SERVER_ERROR = '{\n    "message": "Server Error"\n}'
# An API whose root says it is up, and CodeIgniter 4's ResourceController's welcome.
UP = '{"status":"ok","app":"sipd-api","version":"2.3.1","time":"2026-12-05 16:12:44"}'
CI4_WELCOME = '{"status":200,"error":null,"messages":{"success":"API SIMPEG Kota Bekasi v1"}}'


def employees(count: int) -> str:
    """Return an open API's list of ``count`` employees (more than an error's few hundred bytes)."""
    units = ("Dinas Kesehatan", "Dinas Pendidikan", "BKPSDM", "Bapenda")
    rows = [
        {"nip": f"19800101200501{i:04d}", "nama": f"Pegawai {i}", "unit": units[i % 4], "status": "aktif"}
        for i in range(count)
    ]
    return json.dumps({"success": True, "data": rows, "error": None})


WSDL = """<?xml version="1.0" encoding="utf-8"?>
<wsdl:definitions xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:s="http://www.w3.org/2001/XMLSchema"
  xmlns:tns="http://bekasikota.go.id/esppt" xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/"
  targetNamespace="http://bekasikota.go.id/esppt">
  <wsdl:types><s:schema elementFormDefault="qualified" targetNamespace="http://bekasikota.go.id/esppt">
    <s:element name="CekTagihan"><s:complexType><s:sequence>
      <s:element minOccurs="0" maxOccurs="1" name="nop" type="s:string"/>
    </s:sequence></s:complexType></s:element>
  </s:schema></wsdl:types>
  <wsdl:message name="CekTagihanSoapIn"><wsdl:part name="parameters" element="tns:CekTagihan"/></wsdl:message>
  <wsdl:portType name="ESPPTSoap"><wsdl:operation name="CekTagihan">
    <wsdl:input message="tns:CekTagihanSoapIn"/></wsdl:operation></wsdl:portType>
  <wsdl:binding name="ESPPTSoap" type="tns:ESPPTSoap">
    <soap:binding transport="http://schemas.xmlsoap.org/soap/http"/>
    <wsdl:operation name="CekTagihan"><soap:operation soapAction="http://bekasikota.go.id/esppt/CekTagihan"
      style="document"/></wsdl:operation></wsdl:binding>
  <wsdl:service name="ESPPT"><wsdl:port name="ESPPTSoap" binding="tns:ESPPTSoap">
    <soap:address location="http://esppt.bekasikota.go.id/service.asmx"/></wsdl:port></wsdl:service>
</wsdl:definitions>"""
# ASP.NET's fault of a service whose code failed, sent under 200 by a handler that swallows the status.
SOAP_FAULT = """<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <soap:Body><soap:Fault><faultcode>soap:Server</faultcode>
    <faultstring>Server was unable to process request. ---&gt; Object reference not set to an instance of an
      object.</faultstring>
    <detail/></soap:Fault></soap:Body>
</soap:Envelope>"""
