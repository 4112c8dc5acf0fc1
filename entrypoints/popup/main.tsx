// Popup entry: finds the tab it acts on and mounts the Preact app. Wiring only.
import { render } from 'preact';
import { PopupApp } from '../../components/popup-app';
import { popupTabId } from '../../protocol/popup-tab';
import { followToneColors } from '../../components/tone-style';

followToneColors(document);

void popupTabId().then((tabId) => render(<PopupApp tabId={tabId} />, document.getElementById('app')!));
