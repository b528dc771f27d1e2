namespace HealthReview.Loaders.IO;

/// <summary>
/// One name in a folder: a subfolder (by its directory entry's type) with its name as <see cref="Text"/>, or a file whose
/// <see cref="Text"/> is a prefix and its name, starting at <see cref="NameStart"/>.
/// </summary>
internal readonly record struct DirectoryEntry(string Text, int NameStart, bool IsDirectory);
