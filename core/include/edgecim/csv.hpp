#pragma once
// The one CSV writer: RFC 4180 cells (quoted when they hold a comma, quote or line break;
// records end in CRLF), with text that a spreadsheet would run as a formula neutralised.
#include <string>
#include <string_view>
#include <vector>

namespace edgecim {

// True for a plain decimal number ("-1.5e-3", "+2", "64"): such a cell is data even
// though it may begin with '-' or '+', and stays a number.
bool csv_is_number(std::string_view text);

// One cell. Text beginning with '=', '+', '-', '@', tab or carriage return (a formula to
// Excel, LibreOffice and Google Sheets, e.g. a model named "=cmd|' /C calc'!A0") gets a
// leading apostrophe, which spreadsheets show as text (OWASP CSV injection); numbers
// stay as they are. Then quoted as RFC 4180 needs.
std::string csv_cell(std::string_view text);

// Cells joined by commas, ending in CRLF.
std::string csv_record(const std::vector<std::string>& cells);

}  // namespace edgecim
