// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/xlsx.hpp>

#include "sheets.hpp"

#include <grantkpi/version.hpp>

#include <xlsxwriter.h>

#include <atomic>
#include <chrono>
#include <ctime>
#include <fstream>
#include <iterator>
#include <map>
#include <random>
#include <sstream>

namespace grantkpi {
namespace {

using xlsx_detail::Cell;
using xlsx_detail::Sheet;

Error workbook_error(std::string message) {
    Error error;
    error.message = std::move(message);
    return error;
}

// The number formats of the workbook, one lxw_format each.
class Formats {
public:
    explicit Formats(lxw_workbook* workbook)
        : workbook_(workbook) {
        header_ = workbook_add_format(workbook_);
        format_set_bold(header_);
        format_set_bottom(header_, LXW_BORDER_THIN);
    }

    lxw_format* header() const { return header_; }

    lxw_format* number(const std::string& code) {
        auto found = formats_.find(code);
        if (found == formats_.end()) {
            lxw_format* format = workbook_add_format(workbook_);
            format_set_num_format(format, code.c_str());
            found = formats_.emplace(code, format).first;
        }
        return found->second;
    }

private:
    lxw_workbook* workbook_;
    lxw_format* header_ = nullptr;
    std::map<std::string, lxw_format*> formats_;
};

std::string cell_name(const Sheet& sheet, std::size_t row, std::size_t col) {
    std::string letters;
    for (std::size_t c = col + 1; c > 0; c = (c - 1) / 26) {
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    }
    return sheet.name + "!" + letters + std::to_string(row + 1);
}

Result<void> check(lxw_error status, const Sheet& sheet, std::size_t row, std::size_t col) {
    if (status == LXW_NO_ERROR) {
        return {};
    }
    return workbook_error("xlsx: " + cell_name(sheet, row, col) + ": " + lxw_strerror(status));
}

Result<void> write_sheet(lxw_workbook* workbook, Formats& formats, const Sheet& sheet) {
    // Row 1 is the header; Excel has 1,048,576 rows.
    if (sheet.rows.size() + 1 > LXW_ROW_MAX) {
        return workbook_error("xlsx: sheet " + sheet.name + " would have " +
                              std::to_string(sheet.rows.size() + 1) +
                              " rows; Excel allows 1,048,576 (write fewer reports per workbook, "
                              "or use the CSV tables)");
    }
    lxw_worksheet* worksheet = workbook_add_worksheet(workbook, sheet.name.c_str());
    if (worksheet == nullptr) {
        return workbook_error("xlsx: cannot add the sheet " + sheet.name);
    }
    for (std::size_t col = 0; col < sheet.header.size(); ++col) {
        const auto c = static_cast<lxw_col_t>(col);
        if (auto ok = check(worksheet_write_string(worksheet, 0, c, sheet.header[col].c_str(),
                                                   formats.header()),
                            sheet, 0, col);
            !ok) {
            return ok;
        }
        if (auto ok = check(worksheet_set_column(worksheet, c, c, sheet.widths[col], nullptr),
                            sheet, 0, col);
            !ok) {
            return ok;
        }
    }
    for (std::size_t row = 0; row < sheet.rows.size(); ++row) {
        const auto r = static_cast<lxw_row_t>(row + 1);
        for (std::size_t col = 0; col < sheet.rows[row].size(); ++col) {
            const Cell& cell = sheet.rows[row][col];
            const auto c = static_cast<lxw_col_t>(col);
            lxw_error status = LXW_NO_ERROR;
            switch (cell.kind) {
            case Cell::Kind::empty:
                break;
            case Cell::Kind::text:
                // libxlsxwriter refuses a text of more than 32,767 characters.
                status = worksheet_write_string(worksheet, r, c, cell.text.c_str(), nullptr);
                break;
            case Cell::Kind::number:
                status = worksheet_write_number(worksheet, r, c, cell.number,
                                                formats.number(cell.format));
                break;
            }
            if (auto ok = check(status, sheet, row + 1, col); !ok) {
                return ok;
            }
            if (!cell.note.empty()) {
                if (auto ok = check(worksheet_write_comment(worksheet, r, c, cell.note.c_str()),
                                    sheet, row + 1, col);
                    !ok) {
                    return ok;
                }
            }
        }
    }
    worksheet_freeze_panes(worksheet, 1, 0);
    if (!sheet.header.empty()) {
        if (auto ok = check(worksheet_autofilter(worksheet, 0, 0,
                                                 static_cast<lxw_row_t>(sheet.rows.size()),
                                                 static_cast<lxw_col_t>(sheet.header.size() - 1)),
                            sheet, 0, 0);
            !ok) {
            return ok;
        }
    }
    return {};
}

Result<void> write_file(const std::filesystem::path& path, const std::vector<Sheet>& sheets,
                        std::int64_t created) {
    const std::string name = path.string();
    // Said here, before libxlsxwriter would say it on standard error.
    std::error_code ec;
    if (const auto directory = path.parent_path();
        !directory.empty() && !std::filesystem::is_directory(directory, ec)) {
        return workbook_error("xlsx: cannot write " + name + ": the directory " +
                              directory.string() + " does not exist");
    }
    lxw_workbook_options workbook_options{};
    workbook_options.use_zip64 = LXW_TRUE; // a national workbook may pass 4 GiB unzipped
    lxw_workbook* workbook = workbook_new_opt(name.c_str(), &workbook_options);
    if (workbook == nullptr) {
        return workbook_error("xlsx: cannot start a workbook for " + name);
    }
    lxw_doc_properties properties{};
    std::string title = "grantkpi";
    std::string comments = "Written by grantkpi " GRANTKPI_VERSION_STRING "; docs/excel.md";
    properties.title = title.data();
    properties.comments = comments.data();
    properties.created = static_cast<std::time_t>(created);
    workbook_set_properties(workbook, &properties);
    Formats formats(workbook);
    for (const auto& sheet : sheets) {
        if (auto ok = write_sheet(workbook, formats, sheet); !ok) {
            lxw_workbook_free(workbook); // frees it without writing a file
            return ok;
        }
    }
    if (const lxw_error status = workbook_close(workbook); status != LXW_NO_ERROR) {
        return workbook_error("xlsx: cannot write " + name + ": " + lxw_strerror(status));
    }
    return {};
}

std::filesystem::path temporary_path() {
    static std::atomic<unsigned> counter{0};
    std::random_device device;
    std::ostringstream name;
    name << "grantkpi-" << std::hex << device() << '-'
         << std::chrono::steady_clock::now().time_since_epoch().count() << '-' << counter++
         << ".xlsx";
    return std::filesystem::temp_directory_path() / name.str();
}

} // namespace

Result<void> write_workbook_xlsx_file(const std::filesystem::path& path,
                                      std::span<const Report> reports,
                                      const WorkbookOptions& options) {
    auto sheets = xlsx_detail::make_sheets(reports, options);
    if (!sheets) {
        return sheets.error();
    }
    return write_file(path, *sheets, options.created);
}

Result<std::string> write_workbook_xlsx(std::span<const Report> reports,
                                        const WorkbookOptions& options) {
    auto sheets = xlsx_detail::make_sheets(reports, options);
    if (!sheets) {
        return sheets.error();
    }
    std::error_code ec;
    std::filesystem::path path;
    try {
        path = temporary_path();
    } catch (const std::exception& e) {
        return workbook_error(std::string("xlsx: no temporary directory: ") + e.what());
    }
    auto written = write_file(path, *sheets, options.created);
    std::string bytes;
    if (written) {
        std::ifstream in(path, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        if (!in.good() && !in.eof()) {
            written = workbook_error("xlsx: cannot read back " + path.string());
        }
    }
    std::filesystem::remove(path, ec);
    if (!written) {
        return written.error();
    }
    return Result<std::string>(boost::system::in_place_value, std::move(bytes));
}

} // namespace grantkpi
