import { mountApp } from '../../components/mount';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';

mountApp(<SidePanelApp />);
