#include "window/mainwindow.h"
#include "workspace/workbench.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Parlance"));
    QApplication::setApplicationName(QStringLiteral("parlance"));
    QApplication::setApplicationDisplayName(QStringLiteral("Parlance"));
    QApplication::setApplicationVersion(QStringLiteral(PARLANCE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.parlance.Parlance"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/parlance/icons/parlance.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("parlance"), QStringLiteral("_"),
                        QStringLiteral(":/parlance/translations")))
        QApplication::installTranslator(&translator);

    Parlance::Workspace::Workbench workbench;
    Parlance::Ui::MainWindow window(&workbench);
    window.show();
    window.start();
    return app.exec();
}
