// Apps Script entry points of the add-on shell (menu, install, scheduled runs); exported to top level by the build.

export {};
