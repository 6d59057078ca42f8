// Keeps mc_translations a real library; the compiled .qm files are added by
// qt_add_resources in CMakeLists.txt under ":/i18n".
namespace mc::translations {
int anchor()
{
    return 0;
}
} // namespace mc::translations
