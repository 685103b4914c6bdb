/// The tool's version, shown by `--version` and part of the build cache's key.
public enum GazetteVersion {
    public static let current = "0.1.0"
}
