// The C library, for every file of this module: POSIX calls (open, fcntl, poll, ioctl...)
// are made in several files, and one import here saves repeating the platform switch in each.
// Exported, as Foundation exports it: a module that imports this one sees the C library too.
#if canImport(Glibc)
  @_exported import Glibc
#elseif canImport(Darwin)
  @_exported import Darwin
#endif
