import { mountApp } from '../../components/mount';
import { PopupApp } from '../../components/popup/PopupApp';

mountApp(<PopupApp />);
