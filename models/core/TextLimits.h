#pragma once

namespace lotsen {

// The longest text each kind of field takes, in characters (UTF-16 code units, as QString::size() and SQLite's
// length() of the stored text count them for Swedish text). The repositories refuse longer text with a message
// that names the limit, and the database's triggers (migration 8) refuse it from any other writer. The limits are
// far above real use and keep one record from taking over the program: a 100,000-character name made a blank plan
// of 118 pages.
namespace TextLimits {

inline constexpr int Name = 100; // first and last names, postal town, municipality, staff and partner names
inline constexpr int Short = 50; // phone number, postal code
inline constexpr int Email = 254; // RFC 5321's limit of a forward path
inline constexpr int Address = 200;
inline constexpr int PlanSection = 10000; // each text of an action plan and of a plan step
inline constexpr int Note = 20000; // a youth's note, a contact's note

} // namespace TextLimits

} // namespace lotsen
