// Server functions the sidebar calls through google.script.run; exported to top level by the build.

export { showMappingSidebar } from '../gas/sidebar-open';
export { sidebarLoad, sidebarPreview, sidebarSave } from '../gas/sidebar-server';
