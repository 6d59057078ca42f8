// Keeps mc_resources a real library; the files themselves are added by
// qt_add_resources in CMakeLists.txt and live under ":/icons", ":/recipes",
// ":/templates".
namespace mc::resources {
int anchor()
{
    return 0;
}
} // namespace mc::resources
