// labwatch: queries and maintains a labwatch database (cli/commands.h).

#include <chrono>
#include <cstdlib>
#include <exception>
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  try {
    std::ios::sync_with_stdio(false);
    const char* db = std::getenv("LABWATCH_DB");
    labwatch::CliContext context{std::cin, std::cout, std::cerr,
                                 std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()),
                                 db && *db ? db : "/var/lib/labwatch"};
    std::vector<std::string> args(argv, argv + argc);
    int code = labwatch::RunCli(args, context);
    std::cout.flush();
    return code;
  } catch (const std::exception& e) {
    std::cerr << "labwatch: internal error: " << e.what() << '\n';
    return 70;
  }
}
