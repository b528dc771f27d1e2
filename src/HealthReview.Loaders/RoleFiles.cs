using HealthReview.Loaders.Salesforce;

namespace HealthReview.Loaders;

/// <summary>One app's files counted by role in a single pass, with the first file of each role.</summary>
internal readonly struct RoleFiles
{
    // FileRole's values are 0, 1, 2…: they index the arrays.
    private static readonly int RoleCount = Enum.GetValues<FileRole>().Length;

    private readonly int[] counts;
    private readonly LoadedFile?[] firsts;

    public RoleFiles(IEnumerable<LoadedFile> files)
    {
        counts = new int[RoleCount];
        firsts = new LoadedFile?[RoleCount];
        foreach (var file in files)
        {
            var role = (int)file.Role;
            counts[role]++;
            firsts[role] ??= file;
        }
    }

    public int Count(FileRole role) => counts[(int)role];

    public LoadedFile? First(FileRole role) => firsts[(int)role];
}
