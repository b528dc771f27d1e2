using System.Security.Cryptography;
using HealthReview.Loaders.Tests.Support;

namespace HealthReview.Loaders.Tests;

/// <summary>The same export always gives the same snapshot, however many files are read at once.</summary>
public class DeterminismTests
{
    [TestCase("samples/acme-org")]
    [TestCase("samples/acme-org-mdapi")]
    [TestCase("tests/fixtures/bad")]
    [TestCase("tests/fixtures/real")]
    public void Loading_the_same_folder_one_file_at_a_time_or_four_at_a_time_gives_identical_snapshots(string folder)
    {
        var path = RepositoryRoot.Combine(folder);

        var serial = Load.Paths(new LoaderOptions { Parallelism = 1 }, path);
        var parallel = Load.Paths(new LoaderOptions { Parallelism = 4 }, path);
        var again = Load.Paths(new LoaderOptions { Parallelism = 4 }, path);

        parallel.Inputs.Should().Equal(serial.Inputs);
        again.Inputs.Should().Equal(serial.Inputs);
        parallel.Diagnostics.Should().Equal(serial.Diagnostics);
        parallel.SecretMarkers.Should().Equal(serial.SecretMarkers);
        parallel.UnknownElements.Should().Equal(serial.UnknownElements);
        SnapshotText.Of(parallel).Should().Be(SnapshotText.Of(serial));
        SnapshotText.Of(again).Should().Be(SnapshotText.Of(serial));
    }

    [Test]
    public void The_inventory_is_sorted_by_path_and_every_hash_is_the_sha256_of_the_file_as_found()
    {
        var root = RepositoryRoot.Combine("samples/acme-org");

        var snapshot = Load.Paths(root);

        snapshot.Inputs.Select(i => i.Path).Should().BeInAscendingOrder(StringComparer.Ordinal);
        snapshot.Inputs.Should().HaveCount(24);
        foreach (var input in snapshot.Inputs)
        {
            var bytes = File.ReadAllBytes(Path.Combine([root, .. input.Path.Split('/')]));
            input.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(bytes)), input.Path);
            input.SizeBytes.Should().Be(bytes.LongLength);
        }
    }

    [Test]
    public void The_inventory_is_in_ordinal_path_order_across_folders_whose_names_sort_around_the_slash()
    {
        // Files of one folder are ordered by name alone; folders named x, x-y, x.y, x0 and X must still interleave as
        // their whole paths do ('-' and '.' sort before '/', '0' after it, upper case before lower).
        using var temp = new TemporaryFolder();
        string[] folders = ["x", "x-y", "x.y", "x0", "X", "x/sub", "x/sub-b"];
        string[] names = ["B.connectedApp-meta.xml", "a.connectedApp-meta.xml", "a-b.connectedApp-meta.xml", "A.connectedApp-meta.xml", "a.b.connectedApp-meta.xml"];
        foreach (var folder in folders)
        {
            foreach (var name in names)
            {
                temp.Write($"export/{folder}/{name}", "<ConnectedApp xmlns=\"http://soap.sforce.com/2006/04/metadata\"><label>L</label></ConnectedApp>");
            }
        }

        var expected = folders.SelectMany(folder => names.Select(name => $"{folder}/{name}")).Order(StringComparer.Ordinal).ToList();

        // The loader's own discovery (no stat per file), whose order the files are read in; the inventory checks it again.
        var discovered = Discovery.ExportDiscovery.Discover([temp.Combine("export")], new LoaderOptions(), sizeOnOpen: true);
        var snapshot = Load.Paths(temp.Combine("export"));

        discovered.Files.Select(file => file.DisplayPath).Should().Equal(expected);
        snapshot.Inputs.Select(i => i.Path).Should().Equal(expected);
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(4)]
    public void Files_of_a_folder_and_of_its_subfolders_interleave_as_their_paths_do(int parallelism)
    {
        // Discovery hands files out folder by folder while it lists, so a folder's files are split around its subfolders:
        // "sub.x" and "sub-a" sort before "sub/…" ('.' and '-' before '/'), "sub0" and "subway" after it. A subfolder may
        // even be named like a metadata file.
        using var temp = new TemporaryFolder();
        string[] files =
        [
            "x/su.connectedApp-meta.xml", "x/sub.connectedApp-meta.xml", "x/sub-a.connectedApp-meta.xml",
            "x/sub/in.connectedApp-meta.xml", "x/sub/deeper/in.connectedApp-meta.xml", "x/sub/zz.connectedApp-meta.xml",
            "x/sub0.connectedApp-meta.xml", "x/subway.connectedApp-meta.xml",
            "x/Z.connectedApp-meta.xml/in.connectedApp-meta.xml", "x/Z.connectedApp-meta.xmlz.connectedApp-meta.xml",
            "top.connectedApp-meta.xml", "x.connectedApp-meta.xml", "x0.connectedApp-meta.xml",
        ];
        foreach (var file in files)
        {
            temp.Write($"export/{file}", "<ConnectedApp xmlns=\"http://soap.sforce.com/2006/04/metadata\"><label>L</label></ConnectedApp>");
        }

        var snapshot = Load.Paths(new LoaderOptions { Parallelism = parallelism }, temp.Combine("export"));
        var discovered = Discovery.ExportDiscovery.Discover([temp.Combine("export")], new LoaderOptions(), sizeOnOpen: true);
        var published = new List<string>();
        var (_, inOrder) = Discovery.ExportDiscovery.Discover([temp.Combine("export")], new LoaderOptions(), sizeOnOpen: true, run => published.AddRange(run.Select(file => file.DisplayPath)));

        var expected = files.Order(StringComparer.Ordinal).ToList();
        snapshot.Inputs.Select(i => i.Path).Should().Equal(expected);
        discovered.Files.Select(file => file.DisplayPath).Should().Equal(expected);
        published.Should().Equal(expected, "the runs come out in display-path order, so that nothing is sorted afterwards");
        inOrder.Should().BeTrue();
    }

    [TestCase(1)]
    [TestCase(4)]
    public void A_file_name_with_a_backslash_is_shown_with_a_slash_and_still_sorted_among_the_subfolder_it_looks_like(int parallelism)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("a backslash separates folders on Windows");
        }

        using var temp = new TemporaryFolder();
        temp.Write("export/x/a/b.connectedApp-meta.xml", "<ConnectedApp xmlns=\"http://soap.sforce.com/2006/04/metadata\"><label>L</label></ConnectedApp>");
        temp.Write("export/x/a/d.connectedApp-meta.xml", "<ConnectedApp xmlns=\"http://soap.sforce.com/2006/04/metadata\"><label>L</label></ConnectedApp>");
        File.WriteAllText(Path.Combine(temp.Combine("export/x"), "a\\c.connectedApp-meta.xml"), "<ConnectedApp xmlns=\"http://soap.sforce.com/2006/04/metadata\"><label>L</label></ConnectedApp>");

        var snapshot = Load.Paths(new LoaderOptions { Parallelism = parallelism }, temp.Combine("export"));
        var (_, inOrder) = Discovery.ExportDiscovery.Discover([temp.Combine("export")], new LoaderOptions(), sizeOnOpen: true, _ => { });

        snapshot.Inputs.Select(i => i.Path).Should().Equal("x/a/b.connectedApp-meta.xml", "x/a/c.connectedApp-meta.xml", "x/a/d.connectedApp-meta.xml");
        snapshot.Inputs.Should().OnlyContain(i => i.Status == Core.Inputs.InputStatus.Parsed, "the file with the backslash is read under its own name");
        inOrder.Should().BeFalse("the file listed in x sorts among the files of x/a");
    }

    [Test]
    public void Apps_are_sorted_by_name_then_kind_and_their_files_by_path()
    {
        var snapshot = Load.Repository("tests/fixtures/real");

        snapshot.Apps.Select(a => a.Name).Should().BeInAscendingOrder(StringComparer.Ordinal);
        var postmans = snapshot.Apps.Where(a => a.Name == "Postman").Select(a => a.Kind).ToList();
        postmans.Should().BeInAscendingOrder().And.HaveCount(2);
        snapshot.Apps.Should().OnlyContain(a => a.Files.SequenceEqual(a.Files.Order(StringComparer.Ordinal)));
    }

    [Test]
    public void Several_paths_are_prefixed_with_their_folder_names_in_the_order_given()
    {
        var snapshot = Load.Repository("tests/fixtures/real/carestone-sf-salesforce", "tests/fixtures/real/jxbambrick-Dreamforce-Advanced-CLI");

        snapshot.Inputs.Select(i => i.Path).Should().Equal(
            "carestone-sf-salesforce/force-app/main/default/connectedApps/Postman.connectedApp-meta.xml",
            "jxbambrick-Dreamforce-Advanced-CLI/force-app/main/default/connectedApps/GitHub_Actions.connectedApp-meta.xml");
        snapshot.ScannedPaths.Should().HaveCount(2);
    }

    [TestCase(1)]
    [TestCase(4)]
    public void Several_paths_given_out_of_order_still_give_an_inventory_in_path_order(int parallelism)
    {
        // Each PATH's files are listed under its own prefix, PATH after PATH in the order of the prefixes: a file PATH
        // "app.connectedApp-meta.xml" sorts before the folder "app/" ('.' before '/'), the zip "app0.zip/" after it.
        using var temp = new TemporaryFolder();
        const string App = "<ConnectedApp xmlns=\"http://soap.sforce.com/2006/04/metadata\"><label>L</label></ConnectedApp>";
        temp.Write("a/app/z.connectedApp-meta.xml", App);
        temp.Write("a/app/sub/y.connectedApp-meta.xml", App);
        temp.Write("b/app.connectedApp-meta.xml", App);
        temp.Write("zipped/connectedApps/Zipped.connectedApp", App);
        Directory.CreateDirectory(temp.Combine("c"));
        System.IO.Compression.ZipFile.CreateFromDirectory(temp.Combine("zipped"), temp.Combine("c/app0.zip"));

        var snapshot = Load.Paths(new LoaderOptions { Parallelism = parallelism }, temp.Combine("c/app0.zip"), temp.Combine("a/app"), temp.Combine("b/app.connectedApp-meta.xml"));

        snapshot.Inputs.Select(i => i.Path).Should().Equal(
            "app.connectedApp-meta.xml",
            "app/sub/y.connectedApp-meta.xml",
            "app/z.connectedApp-meta.xml",
            "app0.zip/connectedApps/Zipped.connectedApp");
    }

    [Test]
    public void Two_paths_with_the_same_folder_name_get_distinct_prefixes()
    {
        var snapshot = Load.Repository("tests/fixtures/bad/wrong-namespace/force-app", "tests/fixtures/bad/unknown-elements/force-app");

        snapshot.Inputs.Select(i => i.Path).Should().Equal(
            "force-app/main/default/connectedApps/Wrong_Namespace.connectedApp-meta.xml",
            "force-app~2/main/default/connectedApps/Unknown_Elements.connectedApp-meta.xml");
    }
}
